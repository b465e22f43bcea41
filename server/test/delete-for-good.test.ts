import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openStorage } from '../src/storage/index.js';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  onCleanup,
  postAction,
  startServer,
  waitFor,
} from './helper.js';

/**
 * PRIV-1 end to end: after DELETE, nothing a workshop held is left in the
 * data directory: not its title, a note, a private draft, a participant's
 * name or the facilitator's summary, in the SQLite file or its WAL.
 */
afterEach(cleanup);

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-delete-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Which of `needles` occur anywhere in any file of `dir`, byte for byte. */
function foundOnDisk(dir: string, needles: readonly string[]): string[] {
  const files = readdirSync(dir).map((name) => readFileSync(join(dir, name)));
  return needles.filter((needle) => files.some((bytes) => bytes.includes(Buffer.from(needle))));
}

describe('PRIV-1 deleting a workshop removes all of it from disk', () => {
  it('leaves none of its text in the data directory, and keeps other workshops', async () => {
    const dir = dataDir();
    const storage = openStorage({ dataDir: dir });
    onCleanup(() => storage.close());
    const server = await startServer({ storage });
    const tag = randomBytes(6).toString('hex');
    const secrets = {
      title: `Hemmelig verksted ${tag} æøå`,
      caseDescription: `Saken om ${tag} i Ås`,
      name: `Kari-${tag}`,
      note: `Lappen som skal bort ${tag} – ære være`,
      draft: `Utkastet ingen så ${tag} – øre`,
      summary: `Oppsummeringen ${tag} – åtte punkter`,
    };
    const kept = await createWorkshop(server.url, { title: `Blir stående ${tag}` });
    const workshop = await createWorkshop(server.url, {
      title: secrets.title,
      caseDescription: secrets.caseDescription,
    });
    const facilitator = (await joinAsFacilitator(server.url, workshop)).token;
    const kari = await joinAsParticipant(server.url, workshop, 'innbygger', secrets.name);

    const board = await connect(server.wsUrl, workshop.id, 'board', kari.token);
    board.doc.transact(() => {
      const note = new Y.Map<unknown>();
      board.doc.getMap<Y.Map<unknown>>('items').set('n1', note);
      for (const [key, value] of Object.entries({
        type: 'note',
        x: 0,
        y: 0,
        w: 200,
        h: 200,
        phase: 'explore',
        text: secrets.note,
        color: 'yellow',
        author: kari.participantId,
        authorRole: 'innbygger',
      })) {
        note.set(key, value);
      }
    });
    const served = (await server.app.rooms.get(workshop.id, 'board')).doc.getMap('items');
    await waitFor(() => served.has('n1'), 5000, 'the note on the server');

    const act = async (token: string, action: Record<string, unknown>) => {
      const answer = await postAction(server.url, workshop.id, token, action);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    };
    await act(facilitator, { type: 'startSilentWriting', phase: 'explore', reveal: 'anonymous' });
    await act(kari.token, { type: 'saveDraft', text: secrets.draft, phase: 'explore' });
    await act(facilitator, { type: 'startVote', dotsPerParticipant: 2, phase: 'explore' });
    await act(kari.token, { type: 'castVote', itemId: 'n1' });
    const summary = await fetch(`${server.url}/api/workshops/${workshop.id}/summary`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ summary: secrets.summary }),
    });
    expect(summary.status).toBe(200);
    // The test means something only if everything was on disk before.
    expect(foundOnDisk(dir, Object.values(secrets))).toEqual(Object.values(secrets));

    const deleted = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${facilitator}` },
    });
    expect(deleted.status).toBe(204);
    expect(foundOnDisk(dir, Object.values(secrets))).toEqual([]);

    await server.close();
    await storage.close();
    expect(foundOnDisk(dir, Object.values(secrets))).toEqual([]);
    const reopened = openStorage({ dataDir: dir });
    expect(await reopened.workshops.get(workshop.id)).toBeNull();
    expect(await reopened.workshops.get(kept.id)).toMatchObject({ title: `Blir stående ${tag}` });
    await reopened.close();
  });
});
