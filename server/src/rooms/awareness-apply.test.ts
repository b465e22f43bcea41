import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { applyAwarenessEntries } from './awareness-apply.js';
import {
  TestStorage,
  awarenessFrame,
  connect,
  nextTurn,
  rawAwarenessUpdate,
  receivedAwareness,
} from './fakes.js';
import { awarenessEntries } from './protocol.js';
import { trackedRoom } from './room-test-setup.js';

/**
 * A presence update is decoded and parsed once (docs/invariants.md, RELAY-5):
 * applied from the entries the ownership check decoded, and relayed as the
 * bytes its sender encoded while the awareness holds that clock.
 */

type Events = { event: string; added: number[]; updated: number[]; removed: number[] }[];

function watched(): { awareness: awarenessProtocol.Awareness; events: Events } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const events: Events = [];
  for (const event of ['change', 'update'] as const) {
    awareness.on(event, (change: { added: number[]; updated: number[]; removed: number[] }) =>
      events.push({ event, ...change }),
    );
  }
  return { awareness, events };
}

const entry = (clientId: number, clock: number, state: Record<string, unknown> | null) =>
  rawAwarenessUpdate([{ clientId, clock, state }]);

describe('applyAwarenessEntries', () => {
  it('RELAY-5: a presence update applied from its decoded entries leaves the awareness as y-protocols would', () => {
    const updates = [
      entry(7, 1, { cursor: { x: 1 } }),
      entry(7, 2, { cursor: { x: 1 } }), // the same state again: 'update' only
      entry(7, 3, { cursor: { x: 2 } }),
      entry(7, 2, { cursor: { x: 9 } }), // an older clock: nothing
      rawAwarenessUpdate([
        { clientId: 8, clock: 1, state: { user: { name: 'Kari' } } },
        { clientId: 7, clock: 4, state: null },
      ]),
      entry(7, 4, null), // the same removal again: nothing (no state left)
      entry(7, 5, { cursor: { x: 3 } }), // back
      entry(8, 1, null), // a removal at the same clock takes effect
    ];
    const stock = watched();
    const ours = watched();
    for (const update of updates) {
      awarenessProtocol.applyAwarenessUpdate(stock.awareness, update, 'origin');
      applyAwarenessEntries(ours.awareness, update, awarenessEntries(update), 'origin');
    }
    expect(ours.events).toEqual(stock.events);
    expect([...ours.awareness.getStates()]).toEqual([...stock.awareness.getStates()]);
    // Each awareness's own (local) client differs; the others' clocks must not.
    const clocks = (awareness: awarenessProtocol.Awareness) =>
      [...awareness.meta]
        .filter(([id]) => id !== awareness.clientID)
        .map(([id, meta]) => [id, meta.clock]);
    expect(clocks(ours.awareness)).toEqual(clocks(stock.awareness));
  });

  it('RELAY-5: tells which entries took effect, with their bytes as the sender encoded them', () => {
    const { awareness } = watched();
    const update = rawAwarenessUpdate([
      { clientId: 7, clock: 2, state: { cursor: { x: 1 } } },
      { clientId: 8, clock: 1, state: { cursor: { x: 2 } } },
    ]);
    applyAwarenessEntries(awareness, update, awarenessEntries(update), 'origin');
    const applied: [number, number, number[]][] = [];
    const again = rawAwarenessUpdate([
      { clientId: 7, clock: 2, state: { cursor: { x: 5 } } }, // not newer: not applied
      { clientId: 8, clock: 2, state: { cursor: { x: 6 } } },
    ]);
    applyAwarenessEntries(awareness, again, awarenessEntries(again), 'origin', (id, clock, bytes) =>
      applied.push([id, clock, [...bytes]]),
    );
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 8);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarString(encoder, JSON.stringify({ cursor: { x: 6 } }));
    expect(applied).toEqual([[8, 2, [...encoding.toUint8Array(encoder)]]]);
  });
});

describe('Room — presence relayed as it came', () => {
  /** A state whose JSON a server would write differently (spaces): the relay must keep its meaning. */
  const spaced = (clientId: number, clock: number, json: string) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
    return awarenessFrame(encoding.toUint8Array(encoder));
  };

  it("RELAY-5: the others get a state as its sender encoded it, a joiner the awareness's current state", async () => {
    const room = await trackedRoom(new TestStorage());
    const kari = connect(room);
    const ola = connect(room);
    room.receive(kari.connection, spaced(101, 1, '{ "cursor": { "x": 4 } }'));
    await nextTurn();
    const relayed = ola.socket.awarenessPayloads().at(-1)!;
    expect(Buffer.from(relayed).includes('{ "cursor": { "x": 4 } }')).toBe(true);
    expect(receivedAwareness(ola.socket).get(101)).toEqual({ cursor: { x: 4 } });
    // Nothing is echoed to the sender (SYNC-7).
    expect(receivedAwareness(kari.socket).has(101)).toBe(false);
    const joiner = connect(room);
    expect(receivedAwareness(joiner.socket).get(101)).toEqual({ cursor: { x: 4 } });
  });

  it('RELAY-5: a removal after the state left is relayed by the awareness, not the stale bytes', async () => {
    const room = await trackedRoom(new TestStorage());
    const kari = connect(room);
    const ola = connect(room);
    room.receive(kari.connection, spaced(101, 1, '{"cursor":{"x":4}}'));
    await nextTurn();
    room.leave(kari.connection);
    await nextTurn();
    expect(receivedAwareness(ola.socket).has(101)).toBe(false);
  });

  it('RELAY-5: a presence update for someone else still closes the sender, nothing applied', async () => {
    const room = await trackedRoom(new TestStorage());
    const kari = connect(room);
    const impostor = connect(room);
    room.receive(kari.connection, spaced(101, 1, '{"cursor":{"x":4}}'));
    await nextTurn();
    room.receive(impostor.connection, spaced(101, 9, '{"cursor":{"x":0}}'));
    expect(impostor.socket.closed).not.toBeNull();
    expect(room.awareness.getStates().get(101)).toEqual({ cursor: { x: 4 } });
  });
});
