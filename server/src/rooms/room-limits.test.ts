import { CLOSE_CODES } from '@moteplass/shared';
import { describe, expect, it, vi } from 'vitest';
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
  updateFrame,
  waitFor,
} from './fakes.js';
import type { Room } from './room.js';
import { trackedRoom } from './room-test-setup.js';

const presenceFrame = (clientId: number, clock: number, state: Record<string, unknown>) =>
  awarenessFrame(rawAwarenessUpdate([{ clientId, clock, state }]));

describe('Room — limits', () => {
  it('closes a connection that sends a burst beyond its token bucket with 4429', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const room = await trackedRoom(new TestStorage());
    const chatty = connect(room, { messagesPerSecond: 5 });
    const other = connect(room);
    const query = new Uint8Array([3]);
    for (let i = 0; i < 10; i++) room.receive(chatty.connection, query); // the burst: twice the rate
    expect(chatty.socket.closed).toBeNull();
    room.receive(chatty.connection, query);
    expect(chatty.socket.closed?.code).toBe(CLOSE_CODES.RATE_LIMITED);
    expect(other.socket.closed).toBeNull();
  });

  it('refills the bucket over time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const room = await trackedRoom(new TestStorage());
    const steady = connect(room, { messagesPerSecond: 5 });
    for (let i = 0; i < 10; i++) room.receive(steady.connection, new Uint8Array([3]));
    vi.advanceTimersByTime(1_000);
    for (let i = 0; i < 5; i++) room.receive(steady.connection, new Uint8Array([3]));
    expect(steady.socket.closed).toBeNull();
  });

  it('closes a socket that cannot keep up with 1013; the others still receive', async () => {
    const room = await trackedRoom(new TestStorage(), { maxBufferedBytes: 1024 });
    const writer = connect(room);
    const slow = connect(room);
    const reader = connect(room);
    slow.socket.bufferedAmount = 4096;

    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'hello')));
    await room.flushed();
    expect(slow.socket.closed?.code).toBe(1013);
    expect(slow.socket.updateFrames()).toHaveLength(0);
    expect(noteTexts(reader.socket.receivedDoc())).toEqual({ n1: 'hello' });
    expect(noteTexts(writer.socket.receivedDoc())).toEqual({ n1: 'hello' });
  });
});

describe('Room — backpressure: a slow socket gets one catch-up, nobody waits for it (SYNC-8)', () => {
  const limits = { highWaterBytes: 1_000, lowWaterBytes: 100 };

  /** A client with its own document: its edits go to the room, what it is sent comes back in. */
  function writer(room: Room) {
    const client = { ...connect(room), doc: new Y.Doc(), applied: 0 };
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') room.receive(client.connection, updateFrame(update));
    });
    return client;
  }
  function deliver(client: ReturnType<typeof writer>) {
    const messages = client.socket.messages();
    for (const message of messages.slice(client.applied)) {
      if (message.kind === 'update' || message.kind === 'syncStep2') {
        Y.applyUpdate(client.doc, message.payload, 'server');
      }
    }
    client.applied = messages.length;
  }

  it('converges, in many rooms with many writers, to the same document through the catch-up', async () => {
    const storage = new TestStorage();
    const rooms = await Promise.all(
      ['w1', 'w2', 'w3'].map((workshopId) =>
        trackedRoom(storage, { workshopId, slowSocketLimits: limits }),
      ),
    );
    const writers = rooms.map((room) => Array.from({ length: 6 }, () => writer(room)));
    const slow = rooms.map((room) => connect(room));
    for (const { socket } of slow) socket.bufferedAmount = 50_000;

    for (let round = 0; round < 6; round++) {
      writers.forEach((inRoom, r) =>
        inRoom.forEach((client, i) => {
          const items = client.doc.getMap<unknown>('items');
          items.set(`r${r}-w${i}-${round}`, round);
          items.set('contested', `w${i}-${round}`);
        }),
      );
      if (round % 2 === 0) await nextTurn();
      writers.flat().forEach(deliver);
    }
    await Promise.all(rooms.map((room) => room.flushed()));
    writers.flat().forEach(deliver);
    for (const { socket } of slow) expect(socket.updateFrames()).toHaveLength(0);

    for (const { socket } of slow) socket.bufferedAmount = 0;
    await waitFor(() => slow.every(({ socket }) => socket.updateFrames().length > 0));
    rooms.forEach((room, r) => {
      const expected = room.doc.getMap('items').toJSON();
      expect(Object.keys(expected)).toHaveLength(6 * 6 + 1);
      expect(slow[r]!.socket.updateFrames()).toHaveLength(1);
      expect(slow[r]!.socket.receivedDoc().getMap('items').toJSON()).toEqual(expected);
      for (const client of writers[r]!)
        expect(client.doc.getMap('items').toJSON()).toEqual(expected);
    });

    // Caught up, it receives broadcasts again.
    writers[0]![0]!.doc.getMap('items').set('after', 'caught up');
    await rooms[0]!.flushed();
    expect(slow[0]!.socket.updateFrames()).toHaveLength(2);
    expect(slow[0]!.socket.receivedDoc().getMap('items').get('after')).toBe('caught up');
  });

  it('brings a socket that was behind the latest presence, removals included', async () => {
    const room = await trackedRoom(new TestStorage(), { slowSocketLimits: limits });
    const mover = connect(room);
    const leaver = connect(room);
    const slow = connect(room);
    room.receive(leaver.connection, presenceFrame(9, 1, { name: 'Ola' }));
    await nextTurn();
    expect(receivedAwareness(slow.socket).has(9)).toBe(true);

    slow.socket.bufferedAmount = 50_000;
    room.receive(mover.connection, presenceFrame(7, 1, { x: 1 }));
    await nextTurn();
    room.leave(leaver.connection);
    room.receive(mover.connection, presenceFrame(7, 2, { x: 2 }));
    await waitFor(() => room.awareness.getStates().size === 1);
    slow.socket.bufferedAmount = 0;
    await waitFor(() => receivedAwareness(slow.socket).get(7) !== undefined);
    expect(receivedAwareness(slow.socket)).toEqual(new Map([[7, { x: 2 }]]));
    expect(slow.socket.closed).toBeNull();
  });

  it('closes with 1013 a socket behind that missed more than it may', async () => {
    const room = await trackedRoom(new TestStorage(), {
      slowSocketLimits: { ...limits, maxMissedBytes: 50 },
    });
    const writer = connect(room);
    const slow = connect(room);
    const reader = connect(room);
    slow.socket.bufferedAmount = 50_000;
    for (let i = 0; i < 3; i++) {
      room.receive(writer.connection, updateFrame(noteUpdate(`n${i}`, 'a note long enough')));
      await room.flushed();
    }
    expect(slow.socket.closed?.code).toBe(1013);
    expect(slow.socket.closed?.reason).toMatch(/behind/);
    expect(Object.keys(noteTexts(reader.socket.receivedDoc()))).toHaveLength(3);
  });

  it('closes with 1013 a socket that stays behind too long', async () => {
    const room = await trackedRoom(new TestStorage(), {
      slowSocketLimits: { ...limits, maxBehindMs: 0 },
    });
    const writer = connect(room);
    const slow = connect(room);
    slow.socket.bufferedAmount = 50_000;
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'hello')));
    await room.flushed();
    await waitFor(() => slow.socket.closed !== null);
    expect(slow.socket.closed?.code).toBe(1013);
    expect(room.connections.has(slow.connection)).toBe(false);
  });
});
