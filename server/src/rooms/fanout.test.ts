import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  TestStorage,
  awarenessFrame,
  connect,
  nextTurn,
  noteTexts,
  noteUpdate,
  rawAwarenessUpdate,
  receivedAwareness,
  silentLogger,
  storedDoc,
  updateFrame,
  waitFor,
} from './fakes.js';
import { Room, type RoomFanout } from './room.js';

/**
 * The seam to other instances (server/src/cluster): a room publishes what it
 * stored and its own connections' presence, and relays what other instances
 * published without storing or publishing it again. Two rooms on one storage,
 * linked by an in-memory bus, stand in for two instances.
 */

const rooms: Room[] = [];
afterEach(() => {
  for (const room of rooms.splice(0)) room.destroy();
});

interface Published {
  updates: Uint8Array[];
  awareness: Uint8Array[];
}

async function linkedRooms(storage: TestStorage, compactAfterUpdates = 500) {
  const published: Published[] = [
    { updates: [], awareness: [] },
    { updates: [], awareness: [] },
  ];
  const pair: Room[] = [];
  const fanout = (index: 0 | 1): RoomFanout => ({
    publishUpdate: (update) => {
      published[index]!.updates.push(update);
      pair[1 - index]?.applyFromAnotherInstance(update);
    },
    publishAwareness: (update) => {
      published[index]!.awareness.push(update);
      pair[1 - index]?.applyAwarenessFromAnotherInstance(update);
    },
  });
  for (const index of [0, 1] as const) {
    const room = await Room.load({
      workshopId: 'w1',
      name: 'board',
      storage,
      policy: { acceptsUpdatesFrom: () => true },
      logger: silentLogger,
      compactAfterUpdates,
      fanout: fanout(index),
    });
    pair.push(room);
    rooms.push(room);
  }
  return { a: pair[0]!, b: pair[1]!, published };
}

describe('Room — fan-out to other instances', () => {
  it('publishes an update only after storing it, and the other instance relays it without storing it again', async () => {
    const storage = new TestStorage();
    const { a, b, published } = await linkedRooms(storage);
    const writer = connect(a);
    const reader = connect(b);

    storage.hold();
    a.receive(writer.connection, updateFrame(noteUpdate('n1', 'Over the bridge')));
    await nextTurn();
    await nextTurn();
    expect(published[0]!.updates).toHaveLength(0);

    storage.release();
    await waitFor(() => noteTexts(reader.socket.receivedDoc()).n1 === 'Over the bridge');
    expect(published[1]!.updates).toHaveLength(0);
    expect((await storage.documents.load('w1', 'board')).updates).toHaveLength(1);
  });

  it('publishes its own connections’ presence, relays others’, and never publishes it back', async () => {
    const storage = new TestStorage();
    const { a, b, published } = await linkedRooms(storage);
    const alice = connect(a);
    const bob = connect(b);

    a.receive(
      alice.connection,
      awarenessFrame(rawAwarenessUpdate([{ clientId: 11, clock: 1, state: { name: 'A' } }])),
    );
    await waitFor(() => receivedAwareness(bob.socket).has(11));
    await nextTurn();
    expect(published[0]!.awareness).toHaveLength(1);
    expect(published[1]!.awareness).toHaveLength(0);
  });

  it('compacts without dropping an update another instance stored but has not yet published to it', async () => {
    const storage = new TestStorage();
    const { a } = await linkedRooms(storage);
    // Another instance stored an update we have not heard about (its publication is in flight).
    const unseen = new Y.Doc();
    Y.applyUpdate(unseen, noteUpdate('far', 'Stored elsewhere'));
    await storage.documents.append('w1', 'board', [Y.encodeStateAsUpdate(unseen)]);
    const writer = connect(a);
    a.receive(writer.connection, updateFrame(noteUpdate('near', 'Stored here')));
    await a.flushed();

    await a.compact();
    const stored = await storedDoc(storage, 'w1', 'board');
    expect(noteTexts(stored)).toEqual({ far: 'Stored elsewhere', near: 'Stored here' });
    expect((await storage.documents.load('w1', 'board')).updates).toHaveLength(0);
  });
});
