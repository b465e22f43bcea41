import { BOARD_ITEMS, CLOSE_CODES, type CreateWorkshopReply } from '@moteplass/shared';
import { afterEach, expect, it } from 'vitest';
import type WebSocket from 'ws';
import type * as Y from 'yjs';
import { encodeUpdate } from '../src/rooms/protocol.js';
import { fieldProblem } from '../src/rooms/validation/board-shape.js';
import { itemFields } from '../src/rooms/validation/index.js';
import { nextAttack, seededRandom } from './fuzz/hostile-generator.js';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  openRawSocket,
  startServer,
  waitFor,
} from './helper.js';
import { addItem, honestParticipant, items, noteFields } from './hostile-helper.js';

/**
 * The hostile-update fuzzer (issue #16): thousands of generated updates
 * (deep and wide nesting, huge strings, missing dependencies, relabelled and
 * deleted authors, other roots and content types, random and flipped bytes)
 * against a real server on real sockets while an honest participant keeps
 * editing. Afterwards the server is up, every honest edit arrived, the room
 * reloads from storage and converges, and nothing the rules forbid is in it
 * (BOARD-1, BOARD-2, BOARD-4, SYNC-4).
 *
 * The suite runs a fast seed set; `pnpm --filter @moteplass/server fuzz`
 * runs a long one (FUZZ_UPDATES, FUZZ_SEED to replay).
 */

const UPDATES = Number(process.env.FUZZ_UPDATES ?? 1_200);
const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [1];
/** Updates sent on one socket before it closes (a refusal closes it earlier). */
const PER_SOCKET = 6;
const PARALLEL_SOCKETS = 6;

afterEach(cleanup);

function closed(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === socket.CLOSED) resolve();
    else socket.once('close', () => resolve());
  });
}

it.each(SEEDS)(
  'BOARD-1, BOARD-2, BOARD-4: the room survives %s-seeded hostile updates while an honest participant edits',
  async (seed) => {
    const server = await startServer();
    const workshop: CreateWorkshopReply = await createWorkshop(server.url);
    const honest = await honestParticipant(server, workshop);
    const watcher = await honestParticipant(server, workshop);
    const random = seededRandom(seed);
    const kinds = new Map<string, number>();
    let honestEdits = 0;
    let sent = 0;

    const attacker = async (): Promise<void> => {
      const { token, participantId } = await joinAsParticipant(server.url, workshop);
      while (sent < UPDATES) {
        const raw = await openRawSocket(server.wsUrl, workshop.id, 'board', token);
        for (let i = 0; i < PER_SOCKET && sent < UPDATES; i++, sent++) {
          const targets = [...items(honest.doc).keys()];
          const attack = nextAttack({ random, base: honest.doc, self: participantId, targets });
          kinds.set(attack.kind, (kinds.get(attack.kind) ?? 0) + 1);
          if (raw.socket.readyState === raw.socket.OPEN)
            raw.socket.send(encodeUpdate(attack.update));
        }
        // Our close is answered once the server has handled every frame before it.
        if (raw.socket.readyState === raw.socket.OPEN) raw.socket.close(1000);
        await closed(raw.socket);
        // The honest participant keeps editing in between.
        const id = `honest-${++honestEdits}`;
        addItem(
          honest.doc,
          id,
          noteFields(`Ærlig ${honestEdits}`, { author: honest.participantId }),
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_SOCKETS }, attacker));

    // The server is up and the room still stores and relays.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await waitFor(
      () => items(watcher.doc).has(`honest-${honestEdits}`),
      10_000,
      'the last honest edit',
    );
    for (let i = 1; i <= honestEdits; i++) {
      expect(items(watcher.doc).get(`honest-${i}`)?.get('text')).toBe(`Ærlig ${i}`);
      expect(items(watcher.doc).get(`honest-${i}`)?.get('author')).toBe(honest.participantId);
    }
    const room = await server.app.rooms.get(workshop.id, 'board');
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(room.doc.store.pendingDs).toBeNull();

    // Reloaded from storage, the room converges with what the clients hold.
    await room.flushed();
    await server.app.rooms.closeWorkshop(workshop.id, CLOSE_CODES.GOING_AWAY, 'reload');
    const { token } = await joinAsFacilitator(server.url, workshop);
    const reloaded = (await connect(server.wsUrl, workshop.id, 'board', token)).doc;
    expect(items(reloaded).toJSON()).toEqual(items(watcher.doc).toJSON());
    expectNothingForbidden(reloaded, honest.participantId);
    // Every kind of attack was tried.
    expect(kinds.size).toBeGreaterThan(10);
  },
  Math.max(120_000, UPDATES * 50),
);

/** Every item is well-formed and flat, no other roots exist, and honest authors are intact. */
function expectNothingForbidden(doc: Y.Doc, honestId: string): void {
  expect([...doc.share.keys()].filter((name) => name !== BOARD_ITEMS)).toEqual([]);
  for (const [id, value] of items(doc).entries()) {
    const fields = itemFields(value);
    expect(fields, `item ${id} is well-formed`).not.toBeNull();
    for (const [key, field] of Object.entries(fields!)) {
      expect(fieldProblem(key, field), `${id}.${key}`).toBeNull();
    }
    if (id.startsWith('honest-')) expect(fields!.author).toBe(honestId);
    if (typeof fields!.author === 'string' && !id.startsWith('honest-')) {
      expect(fields!.author.startsWith('someone-') || fields!.author.startsWith('victim-')).toBe(
        false,
      );
    }
  }
}
