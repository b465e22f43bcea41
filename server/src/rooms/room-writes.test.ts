import { describe, expect, it } from 'vitest';
import { Connection } from './connection.js';
import {
  FakeSocket,
  SyncTestStorage,
  TestStorage,
  awarenessFrame,
  connect,
  nextTurn,
  noteUpdate,
  rawAwarenessUpdate,
  readServerMessage,
  receivedAwareness,
  testPeer,
  updateFrame,
  waitFor,
} from './fakes.js';
import type { Room } from './room.js';
import { trackedRoom } from './room-test-setup.js';

/**
 * The relay's writes (docs/invariants.md, RELAY-1): a socket that can write
 * two messages at once gets an edit and the presence riding along in one
 * `sendTogether`, the edit first, and everybody but the presence's owner gets
 * the very same pair (the transport frames it once for all of them).
 */

/** A socket whose transport writes two messages in one go (as transport/websocket.ts does). */
class PairingSocket extends FakeSocket {
  readonly pairs: [Uint8Array, Uint8Array][] = [];

  sendTogether(first: Uint8Array, second: Uint8Array): void {
    this.pairs.push([first, second]);
    this.send(first);
    this.send(second);
  }
}

function connectPairing(room: Room, participantId: string) {
  const socket = new PairingSocket();
  const connection = new Connection(
    socket,
    testPeer({ workshopId: room.workshopId, participantId }),
    10_000,
  );
  room.join(connection);
  return { socket, connection };
}

const cursor = (clientId: number, clock: number, x: number) =>
  awarenessFrame(rawAwarenessUpdate([{ clientId, clock, state: { cursor: { x } } }]));

describe('Room — an edit and its presence in one write', () => {
  it('RELAY-1: sends the stored edit and the presence riding along as one pair, edit first, the same pair to everybody', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage, {
      // A room window far longer than the test: the second move goes out only riding along.
      presenceLimits: { statesPerSecond: 1_000_000, sendsPerSecond: 0.001 },
    });
    const writer = connectPairing(room, 'writer');
    const watchers = [connectPairing(room, 'kari'), connectPairing(room, 'ola')];
    room.receive(writer.connection, cursor(1, 1, 10));
    await nextTurn();

    storage.hold();
    room.receive(writer.connection, cursor(1, 2, 20));
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'with a cursor')));
    await nextTurn();
    // SYNC-1 still holds: nothing of the edit goes out before it is stored.
    for (const { socket } of watchers) expect(socket.pairs).toHaveLength(0);
    storage.release();
    await room.flushed();

    const [first, second] = watchers.map(({ socket }) => socket.pairs);
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    const [edit, presence] = first![0]!;
    expect(readServerMessage(edit).kind).toBe('update');
    expect(readServerMessage(presence).kind).toBe('awareness');
    // One buffer each for everybody: the transport frames the pair once.
    expect(second![0]![0]).toBe(edit);
    expect(second![0]![1]).toBe(presence);
    // Its owner is not sent its own presence back: the edit alone.
    expect(writer.socket.pairs).toHaveLength(0);
    expect(writer.socket.updateFrames()).toHaveLength(1);
  });

  it('RELAY-1: a socket without sendTogether still gets both, corked into one write', async () => {
    const room = await trackedRoom(new TestStorage(), {
      presenceLimits: { statesPerSecond: 1_000_000, sendsPerSecond: 0.001 },
    });
    const writer = connect(room);
    const plain = connect(room);
    const pairing = connectPairing(room, 'kari');
    expect(plain.socket).toBeInstanceOf(FakeSocket);
    room.receive(writer.connection, cursor(1, 1, 10));
    await nextTurn();
    const writesBefore = plain.socket.writes;

    room.receive(writer.connection, cursor(1, 2, 20));
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'mixed sockets')));
    await room.flushed();
    expect(plain.socket.writes - writesBefore).toBe(1);
    expect(plain.socket.isCorked).toBe(false);
    const kinds = plain.socket.messages().map((message) => message.kind);
    expect(kinds.slice(-2)).toEqual(['update', 'awareness']);
    expect(pairing.socket.pairs).toHaveLength(1);
  });
});

describe('Room — presence to a big room, a slice per turn', () => {
  /** Presence frames a socket received (the initial sync and edits left out). */
  const presenceFrames = (socket: FakeSocket) =>
    socket.messages().filter((message) => message.kind === 'awareness');

  it('RELAY-2: sends a presence broadcast to a room bigger than a slice over consecutive turns, to everybody exactly once', async () => {
    const room = await trackedRoom(new TestStorage(), { presenceSliceConnections: 2 });
    const mover = connect(room);
    const watchers = Array.from({ length: 5 }, () => connect(room));
    room.receive(mover.connection, cursor(1, 1, 10));
    await nextTurn();
    // The first slice: the mover (nothing for it, its own state) and one watcher.
    expect(watchers.filter(({ socket }) => presenceFrames(socket).length > 0)).toHaveLength(1);
    await waitFor(() => watchers.every(({ socket }) => presenceFrames(socket).length > 0));
    for (const { socket } of watchers) expect(presenceFrames(socket)).toHaveLength(1);
    expect(presenceFrames(mover.socket)).toHaveLength(0);
  });

  it('RELAY-2: sends an edit that arrives meanwhile to everybody before the rest of the presence', async () => {
    // Synchronous storage, as SQLite: the edit goes out in the turn it is stored.
    const room = await trackedRoom(new SyncTestStorage(), { presenceSliceConnections: 2 });
    const mover = connect(room);
    const watchers = Array.from({ length: 5 }, () => connect(room));
    room.receive(mover.connection, cursor(1, 1, 10));
    await nextTurn();
    room.receive(mover.connection, updateFrame(noteUpdate('n1', 'first')));
    await nextTurn();
    for (const { socket } of watchers) expect(socket.updateFrames()).toHaveLength(1);
    const last = watchers.at(-1)!.socket;
    expect(presenceFrames(last)).toHaveLength(0);
    await waitFor(() => presenceFrames(last).length > 0);
    const kinds = last
      .messages()
      .map((message) => message.kind)
      .filter((kind) => kind === 'update' || kind === 'awareness');
    expect(kinds).toEqual(['update', 'awareness']);
  });

  it('RELAY-2: skips someone who left while a broadcast was under way, and finishes one before the next', async () => {
    const room = await trackedRoom(new TestStorage(), {
      presenceSliceConnections: 2,
      presenceLimits: { statesPerSecond: 1_000_000, sendsPerSecond: 1_000_000 },
    });
    const mover = connect(room);
    const watchers = Array.from({ length: 5 }, () => connect(room));
    room.receive(mover.connection, cursor(1, 1, 10));
    await nextTurn();
    const leaver = watchers.at(-1)!;
    room.leave(leaver.connection);
    room.receive(mover.connection, cursor(1, 2, 20));
    await waitFor(() =>
      watchers.slice(0, -1).every(({ socket }) => presenceFrames(socket).length >= 2),
    );
    expect(presenceFrames(leaver.socket)).toHaveLength(0);
    for (const { socket } of watchers.slice(0, -1)) {
      // One frame per broadcast, the second last: the latest state is what stays.
      expect(presenceFrames(socket)).toHaveLength(2);
      expect(receivedAwareness(socket).get(1)).toEqual({ cursor: { x: 20 } });
    }
  });
});
