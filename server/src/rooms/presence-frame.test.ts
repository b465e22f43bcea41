import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.js';
import {
  TestStorage,
  awarenessFrame,
  connect,
  nextTurn,
  noteUpdate,
  rawAwarenessUpdate,
  receivedAwareness,
  updateFrame,
} from './fakes.js';
import { PresenceBroadcast, presenceLimits } from './presence-broadcast.js';
import { awarenessEntries } from './protocol.js';
import { presenceOfThree, trackedRoom } from './room-test-setup.js';

/**
 * The room's presence frame (docs/invariants.md, RELAY-3): a room sends
 * presence-only broadcasts at most once per frame, each with the latest
 * state of everybody who moved meanwhile. Time is given explicitly (unit
 * tests) or the frame is far longer than the test (room tests), so nothing
 * here depends on how fast the machine is.
 */

/** Presence of clients 1…3 in a room with a presence frame, client 1 the facilitator's if asked. */
function frameRoom(frameMs: number, options: { facilitator?: boolean } = {}) {
  return presenceOfThree({ statesPerSecond: 1_000_000, sendsPerSecond: 1e9, frameMs }, options);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PresenceBroadcast — the room presence frame', () => {
  it('RELAY-3: the first move in a quiet room goes at once; moves inside the frame wait and go out together', () => {
    const { broadcast } = frameRoom(50);
    broadcast.changed(1);
    expect(broadcast.takeDue(0, 6)).toEqual([1]);
    broadcast.changed(2);
    broadcast.changed(3);
    broadcast.changed(2);
    expect(broadcast.takeDue(10, 6)).toBeNull();
    expect(broadcast.takeDue(49, 6)).toBeNull();
    expect(broadcast.takeDue(50, 6)?.sort()).toEqual([2, 3]);
    // A state replaced inside the frame was never sent: counted as superseded.
    expect(broadcast.takeSuperseded()).toBe(1);
    broadcast.dispose();
  });

  it('RELAY-3: held-back moves wake the room when the frame ends (the latest always follows)', () => {
    vi.useFakeTimers();
    const woke = vi.fn();
    const states = new Map<number, unknown>([[1, {}]]);
    const broadcast = new PresenceBroadcast(
      { states, meta: new Map() } as unknown as Awareness,
      { statesPerSecond: 1_000_000, sendsPerSecond: 1e9, frameMs: 50 },
      woke,
    );
    broadcast.changed(1);
    broadcast.takeDue(0, 6);
    broadcast.changed(1);
    expect(broadcast.takeDue(1, 6)).toBeNull();
    vi.advanceTimersByTime(48);
    expect(woke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(woke).toHaveBeenCalledTimes(1);
    expect(broadcast.takeDue(50, 6)).toEqual([1]);
    broadcast.dispose();
  });

  it('RELAY-3: a removal does not wait for the frame, and takes the waiting moves along', () => {
    const { broadcast, states } = frameRoom(50);
    broadcast.changed(1);
    broadcast.takeDue(0, 6);
    broadcast.changed(2);
    states.delete(3);
    broadcast.changed(3);
    expect(broadcast.takeDue(5, 6)?.sort()).toEqual([2, 3]);
    broadcast.dispose();
  });

  it("RELAY-3: the facilitator's presence does not wait for the frame", () => {
    const { broadcast } = frameRoom(50, { facilitator: true });
    broadcast.changed(2);
    broadcast.takeDue(0, 6);
    broadcast.changed(1);
    broadcast.changed(3);
    expect(broadcast.takeDue(5, 6)?.sort()).toEqual([1, 3]);
    broadcast.dispose();
  });

  it("RELAY-3: the facilitator's presence still keeps the room's budget of sends a second", () => {
    const states = new Map<number, unknown>([[1, {}]]);
    const broadcast = new PresenceBroadcast(
      { states, meta: new Map() } as unknown as Awareness,
      // 1,000 connections at 20,000 sends a second: one broadcast every 50 ms.
      { statesPerSecond: 1_000_000, sendsPerSecond: 20_000, frameMs: 10 },
      () => {},
    );
    broadcast.owners.set(1, { peer: { facilitator: true } } as unknown as Connection);
    broadcast.changed(1);
    broadcast.takeDue(0, 1000);
    broadcast.changed(1);
    expect(broadcast.takeDue(20, 1000)).toBeNull();
    expect(broadcast.takeDue(50, 1000)).toEqual([1]);
    broadcast.dispose();
  });

  it('RELAY-3: presence riding along with an edit does not wait for the frame', () => {
    const { broadcast } = frameRoom(50);
    broadcast.changed(1);
    broadcast.takeDue(0, 6);
    broadcast.changed(2);
    expect(broadcast.takeDue(5, 6, true)).toEqual([2]);
    broadcast.dispose();
  });

  it('RELAY-3: a crowd has no frame: its budget and its thinned rates decide, as before', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, {}],
    ]);
    const broadcast = new PresenceBroadcast(
      { states, meta: new Map() } as unknown as Awareness,
      {
        statesPerSecond: 1_000_000,
        sendsPerSecond: 1e9,
        frameMs: 50,
        crowdThreshold: 150,
        crowdStatesPerSecond: 1_000_000,
      },
      () => {},
    );
    broadcast.changed(1);
    expect(broadcast.takeDue(0, 150)).toEqual([1]);
    broadcast.changed(2);
    expect(broadcast.takeDue(1, 150)).toEqual([2]);
    // One fewer than the threshold: the frame holds the next move back.
    broadcast.changed(1);
    expect(broadcast.takeDue(2, 149)).toEqual([1]);
    broadcast.changed(2);
    expect(broadcast.takeDue(3, 149)).toBeNull();
    broadcast.dispose();
  });

  it('RELAY-3: no frame (0) sends each move of a small room in its own turn, as before', () => {
    const { broadcast } = frameRoom(0);
    broadcast.changed(1);
    expect(broadcast.takeDue(0, 6)).toEqual([1]);
    broadcast.changed(2);
    expect(broadcast.takeDue(0.5, 6)).toEqual([2]);
    broadcast.dispose();
  });

  it('RELAY-3: the relay frames presence at LIMITS.presenceFrameMs (50 ms) unless told otherwise', () => {
    expect(presenceLimits().frameMs).toBe(50);
    expect(presenceLimits(150, 0).frameMs).toBe(0);
  });
});

const cursor = (clientId: number, clock: number, x: number) =>
  awarenessFrame(rawAwarenessUpdate([{ clientId, clock, state: { cursor: { x } } }]));

describe('Room — the presence frame', () => {
  // A frame far longer than any test: what goes out inside it went out without waiting for it.
  const longFrame = { statesPerSecond: 1_000_000, sendsPerSecond: 1e9, frameMs: 600_000 };

  it('RELAY-3: several moves inside one frame reach each other socket as one message with the latest states; an edit takes them at once', async () => {
    const room = await trackedRoom(new TestStorage(), { presenceLimits: longFrame });
    const kari = connect(room);
    const ola = connect(room);
    const watcher = connect(room);
    room.receive(kari.connection, cursor(1, 1, 10));
    await nextTurn();
    expect(watcher.socket.awarenessPayloads()).toHaveLength(1);

    room.receive(kari.connection, cursor(1, 2, 20));
    await nextTurn();
    room.receive(ola.connection, cursor(2, 1, 5));
    await nextTurn();
    room.receive(kari.connection, cursor(1, 3, 30));
    await nextTurn();
    // Inside the frame: nothing more went out.
    expect(watcher.socket.awarenessPayloads()).toHaveLength(1);

    // An edit is not held back by the frame, and the waiting presence rides along with it.
    room.receive(ola.connection, updateFrame(noteUpdate('n1', 'from Ola')));
    await room.flushed();
    expect(watcher.socket.updateFrames()).toHaveLength(1);
    const payloads = watcher.socket.awarenessPayloads();
    expect(payloads).toHaveLength(2);
    const merged = awarenessEntriesOf(payloads[1]!);
    expect(merged).toEqual([
      { clientId: 1, clock: 3 },
      { clientId: 2, clock: 1 },
    ]);
    expect(receivedAwareness(watcher.socket).get(1)).toEqual({ cursor: { x: 30 } });
    expect(receivedAwareness(watcher.socket).get(2)).toEqual({ cursor: { x: 5 } });
  });

  it("RELAY-3: the facilitator's move inside the frame goes out at once, and takes the waiting moves along", async () => {
    const room = await trackedRoom(new TestStorage(), { presenceLimits: longFrame });
    const facilitator = connect(room, { peer: { facilitator: true } });
    const kari = connect(room);
    const watcher = connect(room);
    room.receive(kari.connection, cursor(2, 1, 10));
    await nextTurn();
    room.receive(kari.connection, cursor(2, 2, 20));
    await nextTurn();
    expect(watcher.socket.awarenessPayloads()).toHaveLength(1);
    room.receive(facilitator.connection, cursor(1, 1, 99));
    await nextTurn();
    const payloads = watcher.socket.awarenessPayloads();
    expect(payloads).toHaveLength(2);
    expect(
      awarenessEntriesOf(payloads[1]!)
        .map(({ clientId }) => clientId)
        .sort(),
    ).toEqual([1, 2]);
    expect(receivedAwareness(watcher.socket).get(1)).toEqual({ cursor: { x: 99 } });
  });

  it('RELAY-3: someone leaving inside the frame is removed for the others at once', async () => {
    const room = await trackedRoom(new TestStorage(), { presenceLimits: longFrame });
    const kari = connect(room);
    const watcher = connect(room);
    room.receive(kari.connection, cursor(1, 1, 10));
    await nextTurn();
    room.receive(kari.connection, cursor(1, 2, 20));
    await nextTurn();
    room.leave(kari.connection);
    await nextTurn();
    expect(receivedAwareness(watcher.socket).has(1)).toBe(false);
    expect(watcher.socket.awarenessPayloads()).toHaveLength(2);
  });
});

/** The (client id, clock) pairs of one awareness payload, in order. */
function awarenessEntriesOf(payload: Uint8Array): { clientId: number; clock: number }[] {
  return awarenessEntries(payload).map(({ clientId, clock }) => ({ clientId, clock }));
}
