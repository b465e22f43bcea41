import { CLOSE_CODES, LIMITS, type CreateWorkshopReply } from '@moteplass/shared';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeUpdate } from '../src/rooms/protocol.js';
import { MemoryStorage } from '../src/storage/index.js';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  openRawSocket,
  startServer,
  waitFor,
  type TestServer,
} from './helper.js';
import { addItem, deepItem, honestParticipant, items, noteFields } from './hostile-helper.js';

/**
 * Issue #16, finding 6 (unbounded resources) and a room whose stored state
 * holds what validation would now refuse (BOARD-5), as the attack.
 */

let server: TestServer;
let storage: MemoryStorage;
let workshop: CreateWorkshopReply;

beforeEach(async () => {
  storage = new MemoryStorage();
  server = await startServer({ storage });
  workshop = await createWorkshop(server.url);
});
afterEach(cleanup);

/** An awareness frame (message type 1) with these entries. */
function presenceFrame(entries: { clientId: number; clock: number; state: string }[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.clientId);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, entry.state);
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

async function rawBoard(token: string, room: 'board' | 'control' = 'board') {
  const raw = await openRawSocket(server.wsUrl, workshop.id, room, token);
  await waitFor(() => raw.received.length > 0, 5000, 'the server to greet the raw socket');
  return raw;
}

describe('PRES-1: presence and sockets are bounded', () => {
  it(`PRES-1: one session token holds at most ${LIMITS.socketsPerSession} sockets`, async () => {
    const { token } = await joinAsParticipant(server.url, workshop);
    for (let i = 0; i < LIMITS.socketsPerSession; i++) await rawBoard(token);
    const extra = await openRawSocket(server.wsUrl, workshop.id, 'board', token);
    const closed = await extra.closed;
    expect(closed).toEqual({
      code: CLOSE_CODES.RATE_LIMITED,
      reason: 'too many connections for this session',
    });
    // Another person still gets in.
    const other = await joinAsParticipant(server.url, workshop);
    await connect(server.wsUrl, workshop.id, 'board', other.token);
  });

  it(`PRES-1: a presence state over ${LIMITS.presenceStateBytes} bytes is refused, not relayed`, async () => {
    const watcher = await honestParticipant(server, workshop);
    const { token } = await joinAsParticipant(server.url, workshop);
    const raw = await rawBoard(token);
    const state = JSON.stringify({ name: 'x'.repeat(LIMITS.presenceStateBytes) });
    raw.socket.send(presenceFrame([{ clientId: 777, clock: 1, state }]));
    expect(await raw.closed).toEqual({
      code: CLOSE_CODES.PROTOCOL_ERROR,
      reason: `presence state larger than ${LIMITS.presenceStateBytes} bytes`,
    });
    expect(watcher.provider.awareness.getStates().has(777)).toBe(false);
  });

  it('PRES-1: one presence (client id) per connection; 100,000 ids in one frame are refused', async () => {
    const { token } = await joinAsParticipant(server.url, workshop);
    const twice = await rawBoard(token);
    twice.socket.send(
      presenceFrame([
        { clientId: 1001, clock: 1, state: '{"cursor":null}' },
        { clientId: 1002, clock: 1, state: '{"cursor":null}' },
      ]),
    );
    expect((await twice.closed).reason).toBe('one presence per connection');

    const flood = await rawBoard(token);
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      clientId: i + 1,
      clock: 1,
      state: '{}',
    }));
    flood.socket.send(presenceFrame(many));
    expect((await flood.closed).reason).toBe(
      `more than ${LIMITS.presenceEntriesPerFrame} presence entries`,
    );
  });

  it('PRES-2: no presence on the control room; the stock client’s empty state is ignored', async () => {
    const { token } = await joinAsParticipant(server.url, workshop);
    const stock = await connect(server.wsUrl, workshop.id, 'control', token);
    const raw = await rawBoard(token, 'control');
    raw.socket.send(presenceFrame([{ clientId: 4711, clock: 1, state: '{"name":"Eve"}' }]));
    expect(await raw.closed).toEqual({
      code: CLOSE_CODES.PROTOCOL_ERROR,
      reason: 'no presence on the control room',
    });
    const control = await server.app.rooms.get(workshop.id, 'control');
    expect(control.awareness.getStates().size).toBe(0);
    expect(stock.provider.wsconnected).toBe(true);
  });
});

describe('BOARD-5: damaged stored content is skipped and reported, never an endless 1011', () => {
  it('BOARD-5: a board stored with a 5,000-deep item and a broken update loads, syncs and exports', async () => {
    const { token } = await joinAsFacilitator(server.url, workshop);
    const hostileDoc = new Y.Doc();
    deepItem(hostileDoc, 'deep', 5_000);
    addItem(hostileDoc, 'kept', noteFields('Denne skal med'));
    // Written past the room (as before validation existed), with garbage after it.
    await server.app.rooms.closeWorkshop(workshop.id, CLOSE_CODES.GOING_AWAY, 'reloading');
    await storage.documents.append(workshop.id, 'board', [
      Y.encodeStateAsUpdate(hostileDoc),
      Uint8Array.from([0, 3, 250, 255, 255, 255, 7, 1, 2, 3]),
    ]);

    const client = await connect(server.wsUrl, workshop.id, 'board', token);
    expect(items(client.doc).get('kept')?.get('text')).toBe('Denne skal med');
    const exported = await fetch(`${server.url}/api/workshops/${workshop.id}/export.json`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(exported.status).toBe(200);
    const json = JSON.stringify(await exported.json());
    expect(json).toContain('Denne skal med');

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/moteplass_stored_content_skipped_total\{part="item"\} [1-9]/);
    expect(metrics).toMatch(/moteplass_stored_content_skipped_total\{part="update"\} [1-9]/);

    // Nobody can touch the damaged item (deleting it would recurse 5,000 deep).
    const id = items(hostileDoc).get('deep')!._item!.id;
    const deletion = encoding.createEncoder();
    for (const n of [0, 1, id.client, 1, id.clock, 1]) encoding.writeVarUint(deletion, n);
    const other = await joinAsParticipant(server.url, workshop);
    const raw = await rawBoard(other.token);
    raw.socket.send(encodeUpdate(encoding.toUint8Array(deletion)));
    expect((await raw.closed).reason).toBe('that item is damaged and cannot be changed');
    await honestParticipant(server, workshop);
  });
});
