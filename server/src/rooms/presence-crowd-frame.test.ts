import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import {
  TestStorage,
  awarenessFrame,
  connect,
  nextTurn,
  noteUpdate,
  rawAwarenessUpdate,
  receivedAwareness,
  updateFrame,
  waitFor,
} from './fakes.js';
import { PresenceBroadcast, presenceLimits } from './presence-broadcast.js';
import { presenceOfThree, trackedRoom } from './room-test-setup.js';

/**
 * A crowd's presence frame (docs/invariants.md, RELAY-4): in a crowd, a
 * presence-only broadcast goes out at most `crowdFrameMs` after the room's
 * last broadcast, an edit's included; what is due meanwhile rides along with
 * the next edit. Time is given explicitly, so nothing here depends on how
 * fast the machine is.
 */

const CROWD = 10;
const SMALL = 6;

/** Clients 1…3 (client 1 the facilitator's if asked) in a room that is a crowd from CROWD people. */
function crowdFrameRoom(options: { facilitator?: boolean; wake?: () => void } = {}) {
  return presenceOfThree(
    {
      statesPerSecond: 1_000_000,
      sendsPerSecond: 1e9,
      crowdThreshold: CROWD,
      crowdStatesPerSecond: 1_000_000,
      crowdFrameMs: 100,
    },
    options,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PresenceBroadcast — a crowd presence frame', () => {
  it("RELAY-4: in a crowd, a move just after an edit waits for the crowd frame's end, not a write of its own", () => {
    const { broadcast } = crowdFrameRoom();
    // An edit goes out with nothing riding along: the frame starts all the same.
    expect(broadcast.takeDue(0, CROWD, true)).toBeNull();
    broadcast.changed(2);
    expect(broadcast.takeDue(10, CROWD)).toBeNull();
    expect(broadcast.takeDue(99, CROWD)).toBeNull();
    expect(broadcast.takeDue(100, CROWD)).toEqual([2]);
    broadcast.dispose();
  });

  it('RELAY-4: in a crowd, a move inside the frame rides along with the next edit at once', () => {
    const { broadcast } = crowdFrameRoom();
    broadcast.takeDue(0, CROWD, true);
    broadcast.changed(2);
    broadcast.changed(3);
    expect(broadcast.takeDue(30, CROWD, true)?.sort()).toEqual([2, 3]);
    // That edit started a new frame.
    broadcast.changed(2);
    expect(broadcast.takeDue(129, CROWD)).toBeNull();
    expect(broadcast.takeDue(130, CROWD)).toEqual([2]);
    broadcast.dispose();
  });

  it('RELAY-4: a presence-only broadcast in a crowd starts the frame too', () => {
    const { broadcast } = crowdFrameRoom();
    broadcast.changed(2);
    expect(broadcast.takeDue(0, CROWD)).toEqual([2]);
    broadcast.changed(3);
    expect(broadcast.takeDue(50, CROWD)).toBeNull();
    expect(broadcast.takeDue(100, CROWD)).toEqual([3]);
    broadcast.dispose();
  });

  it("RELAY-4: a removal and the facilitator's presence do not wait for a crowd's frame", () => {
    const { broadcast, states } = crowdFrameRoom({ facilitator: true });
    broadcast.takeDue(0, CROWD, true);
    broadcast.changed(1);
    expect(broadcast.takeDue(5, CROWD)).toEqual([1]);
    broadcast.takeDue(10, CROWD, true);
    states.delete(3);
    broadcast.changed(3);
    expect(broadcast.takeDue(11, CROWD)).toEqual([3]);
    broadcast.dispose();
  });

  it("RELAY-4: presence from another instance does not wait for this instance's crowd frame (it waited for its own)", () => {
    const { broadcast, states } = crowdFrameRoom();
    // Client 9 is owned by a connection on another instance: no owner here.
    states.set(9, { cursor: { x: 9 } });
    broadcast.takeDue(0, CROWD, true);
    broadcast.changed(9);
    expect(broadcast.takeDue(1, CROWD)).toEqual([9]);
    // Below a crowd the room's frame (RELAY-3) still holds it, as before.
    const small = crowdFrameRoom();
    small.states.set(9, {});
    const smallBroadcast = new PresenceBroadcast(
      { states: small.states, meta: new Map() } as unknown as Awareness,
      { statesPerSecond: 1_000_000, sendsPerSecond: 1e9, frameMs: 50, crowdThreshold: CROWD },
      () => {},
    );
    smallBroadcast.changed(9);
    expect(smallBroadcast.takeDue(0, SMALL)).toEqual([9]);
    smallBroadcast.changed(9);
    expect(smallBroadcast.takeDue(10, SMALL)).toBeNull();
    broadcast.dispose();
    small.broadcast.dispose();
    smallBroadcast.dispose();
  });

  it('RELAY-4: below a crowd an edit starts no frame (RELAY-3 decides there)', () => {
    const { broadcast } = crowdFrameRoom();
    broadcast.takeDue(0, SMALL, true);
    broadcast.changed(2);
    expect(broadcast.takeDue(1, SMALL)).toEqual([2]);
    broadcast.dispose();
  });

  it('RELAY-4: a move held by the crowd frame wakes the room when the frame ends', () => {
    vi.useFakeTimers();
    const wake = vi.fn();
    const { broadcast } = crowdFrameRoom({ wake });
    broadcast.takeDue(0, CROWD, true);
    broadcast.changed(2);
    expect(broadcast.takeDue(20, CROWD)).toBeNull();
    vi.advanceTimersByTime(79);
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(broadcast.takeDue(100, CROWD)).toEqual([2]);
    broadcast.dispose();
  });

  it('RELAY-4: the crowd frame is LIMITS.crowdPresenceFrameMs (75 ms) unless told otherwise, 0 for none', () => {
    expect(presenceLimits().crowdFrameMs).toBe(75);
    expect(presenceLimits(150, 50, 0).crowdFrameMs).toBe(0);
    const states = new Map<number, unknown>([[2, {}]]);
    const none = new PresenceBroadcast(
      { states, meta: new Map() } as unknown as Awareness,
      { statesPerSecond: 1_000_000, sendsPerSecond: 1e9, crowdThreshold: CROWD, crowdFrameMs: 0 },
      () => {},
    );
    none.takeDue(0, CROWD, true);
    none.changed(2);
    expect(none.takeDue(1, CROWD)).toEqual([2]);
    none.dispose();
  });
});

describe('Room — a crowd presence frame', () => {
  it('RELAY-4: in a crowd, a move after an edit costs no write of its own: it leaves with the next edit, a removal at once', async () => {
    // A frame far longer than the test: only the next edit can carry the move.
    const room = await trackedRoom(new TestStorage(), {
      presenceLimits: {
        statesPerSecond: 1_000_000,
        sendsPerSecond: 1e9,
        crowdThreshold: 3,
        crowdStatesPerSecond: 1_000_000,
        crowdFrameMs: 600_000,
      },
    });
    const kari = connect(room);
    const ola = connect(room);
    const watcher = connect(room);
    room.receive(ola.connection, updateFrame(noteUpdate('n1', 'first')));
    await waitFor(() => watcher.socket.updateFrames().length === 1);
    const writes = watcher.socket.writes;

    room.receive(
      kari.connection,
      awarenessFrame(
        rawAwarenessUpdate([{ clientId: 101, clock: 1, state: { cursor: { x: 1 } } }]),
      ),
    );
    await nextTurn();
    await nextTurn();
    expect(watcher.socket.writes).toBe(writes);
    expect(receivedAwareness(watcher.socket).has(101)).toBe(false);

    room.receive(ola.connection, updateFrame(noteUpdate('n2', 'second')));
    await waitFor(() => watcher.socket.updateFrames().length === 2);
    // The edit and the move in one write (RELAY-1).
    expect(watcher.socket.writes).toBe(writes + 1);
    expect(receivedAwareness(watcher.socket).get(101)).toEqual({ cursor: { x: 1 } });

    room.leave(kari.connection);
    await waitFor(() => !receivedAwareness(watcher.socket).has(101));
    expect(watcher.socket.writes).toBe(writes + 2);
  });
});
