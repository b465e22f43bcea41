import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateWorkshopReply } from '@moteplass/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../src/storage/index.js';
import {
  addNote,
  cleanup,
  connect,
  createWorkshop,
  joinAsParticipant,
  noteText,
  onCleanup,
  startServer,
  waitFor,
  type TestServer,
} from './helper.js';

/**
 * RELAY-1 over real sockets: an edit and the presence riding along leave the
 * server as one buffer framed once for everybody (transport/shared-frames.ts);
 * the stock client must read both, in order, every time.
 */

let server: TestServer;
let workshop: CreateWorkshopReply;

// SQLite, as deployed: it commits in the turn, so the edit goes out with the
// presence due (storage that commits later sends the presence first, alone).
beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-relay-'));
  const storage = new SqliteStorage(join(dir, 'moteplass.sqlite'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  onCleanup(() => storage.close());
  server = await startServer({ storage });
  workshop = await createWorkshop(server.url);
});
afterEach(cleanup);

async function participant(name: string) {
  const { token } = await joinAsParticipant(server.url, workshop, 'innbygger', name);
  return connect(server.wsUrl, workshop.id, 'board', token);
}

describe('an edit and the presence riding along, over real sockets', () => {
  it('RELAY-1: every watcher gets every edit and the latest cursor when both are sent together', async () => {
    const kari = await participant('Kari');
    const watchers = [await participant('Ola'), await participant('Per')];
    const rounds = 15;
    for (let round = 0; round < rounds; round++) {
      // In one tick: the server receives both in one turn and relays them together
      // (60 ms apart: a cursor may go out 20 times a second, LIMITS.presenceStatesPerSecond).
      kari.provider.awareness.setLocalStateField('cursor', { x: round, y: round });
      addNote(kari.doc, `n${round}`, `note ${round}`);
      await new Promise((done) => setTimeout(done, 60));
    }
    for (const watcher of watchers) {
      await waitFor(
        () => noteText(watcher.doc, `n${rounds - 1}`) === `note ${rounds - 1}`,
        5000,
        'the last note to arrive',
      );
      for (let round = 0; round < rounds; round++) {
        expect(noteText(watcher.doc, `n${round}`)).toBe(`note ${round}`);
      }
      await waitFor(
        () =>
          (
            watcher.provider.awareness.getStates().get(kari.doc.clientID)?.cursor as
              { x: number } | undefined
          )?.x ===
          rounds - 1,
        5000,
        'Kari’s last cursor to arrive',
      );
      expect(watcher.provider.wsconnected).toBe(true);
    }
  });
});
