import { createHash } from 'node:crypto';
import { CLOSE_CODES, LIMITS, type CreateWorkshopReply } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  cleanup,
  connect,
  createWorkshop,
  joinAsParticipant,
  noteText,
  openRawSocket,
  startServer,
  waitFor,
  type CloseEvent,
  type RawSocket,
  type SyncedClient,
  type TestServer,
} from './helper.js';

/**
 * A hostile or broken client is closed with a code and a reason, alone: the
 * honest clients in the same room keep editing, and the server stays up.
 */

let server: TestServer;
let workshop: CreateWorkshopReply;
let alice: SyncedClient;
let bob: SyncedClient;
let edits = 0;

beforeEach(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url);
  alice = await connect(server.wsUrl, workshop.id, 'board', (await join()).token);
  bob = await connect(server.wsUrl, workshop.id, 'board', (await join()).token);
});
afterEach(cleanup);

const join = () => joinAsParticipant(server.url, workshop);

/** A raw socket on the board, once the server has taken it into the room (it sent sync step 1). */
async function hostileSocket(): Promise<RawSocket> {
  const raw = await openRawSocket(server.wsUrl, workshop.id, 'board', (await join()).token);
  await waitFor(() => raw.received.length > 0, 5000, 'the server to greet the raw socket');
  return raw;
}

/** An edit by Alice reaches Bob, and the server still answers HTTP. */
async function expectRoomStillWorks(): Promise<void> {
  const id = `after-${++edits}`;
  addNote(alice.doc, id, `Fortsatt her ${edits}`);
  await waitFor(
    () => noteText(bob.doc, id) === `Fortsatt her ${edits}`,
    5000,
    'Bob to get the edit',
  );
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
}

function expectRefused(close: CloseEvent): void {
  const codes: number[] = [
    CLOSE_CODES.PROTOCOL_ERROR,
    CLOSE_CODES.UNAUTHORIZED,
    CLOSE_CODES.FORBIDDEN,
    CLOSE_CODES.RATE_LIMITED,
  ];
  expect(codes).toContain(close.code);
  expect(close.reason.length).toBeGreaterThan(0);
}

/** Deterministic "random" bytes, so a failure can be replayed. */
function garbage(length: number): Uint8Array {
  const bytes: Buffer[] = [];
  let block = createHash('sha256').update('møteplass').digest();
  while (bytes.length * block.length < length) {
    bytes.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(bytes).subarray(0, length);
}

/** A y-websocket sync message: [0 = sync, step, length-prefixed payload]. */
function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function noteUpdate(): Uint8Array {
  const doc = new Y.Doc();
  addNote(doc, 'from-raw', 'Denne lappen er kuttet');
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const SYNC_UPDATE = 2;

describe('SYNC-4: a bad frame closes only its own socket', () => {
  it.each<[string, () => Uint8Array | string]>([
    ['an empty frame', () => new Uint8Array(0)],
    [
      'a sync frame cut off inside its length-prefixed payload',
      () => syncFrame(SYNC_UPDATE, noteUpdate()).subarray(0, 12),
    ],
    [
      'a sync update whose Yjs payload is cut in half',
      () => {
        const update = noteUpdate();
        return syncFrame(SYNC_UPDATE, update.subarray(0, update.length >> 1));
      },
    ],
    ['random garbage bytes', () => garbage(512)],
    ['random garbage inside a well-formed sync update', () => syncFrame(SYNC_UPDATE, garbage(64))],
    ['an unknown message type', () => new Uint8Array([9, 0, 0])],
    ['a text frame', () => '{"type":"hello"}'],
  ])('%s', async (_, frame) => {
    const raw = await hostileSocket();
    raw.socket.send(frame());
    expectRefused(await raw.closed);
    await expectRoomStillWorks();
    // Nothing of the bad frame reached the board.
    expect(noteText(bob.doc, 'from-raw')).toBeUndefined();
  });

  it('an awareness update spoofing another client’s id', async () => {
    const raw = await hostileSocket();
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    // The raw socket, which never echoes, tells us when the server knows Alice.
    await waitFor(() => presenceIn(raw).has(alice.doc.clientID), 5000, 'Alice’s presence');
    await waitFor(
      () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.user,
      5000,
      'Bob to see Alice',
    );

    raw.socket.send(awarenessFrame(alice.doc.clientID, 1_000, { user: { name: 'Mallory' } }));
    expectRefused(await raw.closed);
    await expectRoomStillWorks();
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)?.user).toEqual({
      name: 'Alice',
    });
  });

  it('a frame over LIMITS.frameBytes closes with 1009 and a reason', async () => {
    const raw = await hostileSocket();
    const oversized = new Uint8Array(LIMITS.frameBytes + 1024 * 1024);
    oversized.set(syncFrame(SYNC_UPDATE, new Uint8Array(0)));
    raw.socket.send(oversized);
    const close = await raw.closed;
    expect(close.code).toBe(CLOSE_CODES.TOO_LARGE);
    expect(close.reason.length).toBeGreaterThan(0);
    await expectRoomStillWorks();
  });
});

/** Client ids whose presence the server has sent this socket. */
function presenceIn(raw: RawSocket): Set<number> {
  const ids = new Set<number>();
  for (const frame of raw.received) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 1) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      ids.add(decoding.readVarUint(update));
      decoding.readVarUint(update); // clock
      decoding.readVarString(update); // state
    }
  }
  return ids;
}

/** An awareness message speaking for `clientId`: [1 = awareness, length-prefixed update]. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}
