import { CLOSE_CODES } from '@moteplass/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  storedDoc,
  syncStep1Frame,
  syncStep2Frame,
  updateFrame,
} from './fakes.js';
import { Room, type RoomOptions } from './room.js';
import type { RoomLogger, RoomPolicy } from './types.js';

const acceptAll: RoomPolicy = { acceptsUpdatesFrom: () => true };
const logger: RoomLogger = { warn: vi.fn(), error: vi.fn() };

function loadRoom(storage: TestStorage, options: Partial<RoomOptions> = {}): Promise<Room> {
  return Room.load({
    workshopId: 'w1',
    name: 'board',
    storage,
    policy: acceptAll,
    logger,
    ...options,
  });
}

/** Sync step 1 with an empty state vector: "send me everything", as a fresh client asks. */
const fullSyncRequest = () => syncStep1Frame(new Y.Doc());

const rooms: Room[] = [];
async function trackedRoom(storage: TestStorage, options: Partial<RoomOptions> = {}) {
  const room = await loadRoom(storage, options);
  rooms.push(room);
  return room;
}

afterEach(() => {
  for (const room of rooms.splice(0)) room.destroy();
  vi.useRealTimers();
});

describe('Room — stored before relayed (SYNC-1)', () => {
  it('does not relay an update until its append is durable', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const a = connect(room);
    const b = connect(room);

    storage.hold();
    room.receive(a.connection, updateFrame(noteUpdate('n1', 'Held')));
    await nextTurn();
    await nextTurn();
    expect(storage.appendCalls).toHaveLength(1);
    expect(b.socket.updateFrames()).toHaveLength(0);
    expect(a.socket.updateFrames()).toHaveLength(0);

    storage.release();
    await room.flushed();
    expect(storage.appended).toBe(1);
    expect(noteTexts(b.socket.receivedDoc())).toEqual({ n1: 'Held' });
  });

  it('does not show a joiner an update that is not stored yet', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const a = connect(room);

    storage.hold();
    room.receive(a.connection, updateFrame(noteUpdate('n1', 'Held')));
    await nextTurn();
    const joiner = connect(room);
    room.receive(joiner.connection, fullSyncRequest());
    await nextTurn();
    await nextTurn();
    // Whatever the joiner was sent so far, it does not contain the unstored note.
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({});

    storage.release();
    await room.flushed();
    await nextTurn();
    const kinds = joiner.socket.messages().map((message) => message.kind);
    expect(kinds).toContain('syncStep2');
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({ n1: 'Held' });
  });

  it('answers a joiner at once with what is stored', async () => {
    const storage = new TestStorage();
    await storage.appendUpdates('w1', 'board', [noteUpdate('n0', 'Stored')]);
    const room = await trackedRoom(storage);
    const joiner = connect(room);
    expect(joiner.socket.messages()[0]?.kind).toBe('syncStep1');
    room.receive(joiner.connection, fullSyncRequest());
    await nextTurn();
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({ n0: 'Stored' });
  });
});

describe('Room — coalesced broadcast', () => {
  it('stores the updates of one turn in one append and sends one identical buffer to everyone', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const clients = [connect(room), connect(room), connect(room), connect(room)];
    clients.slice(0, 3).forEach((client, i) => {
      room.receive(client.connection, updateFrame(noteUpdate(`n${i}`, `note ${i}`)));
    });
    await room.flushed();

    expect(storage.appendCalls).toHaveLength(1);
    expect(storage.appendCalls[0]).toHaveLength(1);
    const frames = clients.map((client) => client.socket.updateFrames());
    for (const received of frames) expect(received).toHaveLength(1);
    const first = frames[0]![0];
    for (const received of frames) expect(received[0]).toBe(first);
    expect(noteTexts(clients[3]!.socket.receivedDoc())).toEqual({
      n0: 'note 0',
      n1: 'note 1',
      n2: 'note 2',
    });
  });

  it('converges for many concurrent writers', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const writers = Array.from({ length: 12 }, () => ({ ...connect(room), doc: new Y.Doc() }));
    // Each writer keeps a local doc; its edits go to the room, whatever the room sends comes back in.
    for (const writer of writers) {
      writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'server') room.receive(writer.connection, updateFrame(update));
      });
    }
    const delivered = new Map(writers.map((writer) => [writer, 0]));
    const deliver = () => {
      for (const writer of writers) {
        const messages = writer.socket.messages();
        for (const message of messages.slice(delivered.get(writer))) {
          if (message.kind === 'update' || message.kind === 'syncStep2') {
            Y.applyUpdate(writer.doc, message.payload, 'server');
          }
        }
        delivered.set(writer, messages.length);
      }
    };

    for (let round = 0; round < 5; round++) {
      writers.forEach((writer, i) => {
        const items = writer.doc.getMap<unknown>('items');
        items.set(`w${i}-r${round}`, round);
        items.set('shared', `w${i}-r${round}`); // everybody fights over one key
      });
      if (round % 2 === 0) await nextTurn();
      deliver();
    }
    await room.flushed();
    deliver();

    const expected = room.doc.getMap('items').toJSON();
    expect(Object.keys(expected)).toHaveLength(12 * 5 + 1);
    for (const writer of writers) expect(writer.doc.getMap('items').toJSON()).toEqual(expected);
    expect((await storedDoc(storage, 'w1', 'board')).getMap('items').toJSON()).toEqual(expected);
  });
});

describe('Room — policy', () => {
  it('drops the updates of a connection the policy refuses: not stored, not relayed', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage, {
      policy: { acceptsUpdatesFrom: (connection) => connection.peer.facilitator },
    });
    const participant = connect(room);
    const facilitator = connect(room, { peer: { facilitator: true } });
    const refusedDoc = new Y.Doc();
    refusedDoc.getMap('items').set('x', 'from sync step 2');

    room.receive(participant.connection, updateFrame(noteUpdate('p', 'refused')));
    room.receive(participant.connection, syncStep2Frame(refusedDoc));
    await nextTurn();
    await room.flushed();
    expect(storage.appendCalls).toHaveLength(0);
    expect(facilitator.socket.updateFrames()).toHaveLength(0);
    expect(room.doc.getMap('items').size).toBe(0);
    expect(participant.socket.closed).toBeNull();

    room.receive(facilitator.connection, updateFrame(noteUpdate('f', 'accepted')));
    await room.flushed();
    expect(noteTexts(participant.socket.receivedDoc())).toEqual({ f: 'accepted' });
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({ f: 'accepted' });
  });
});

describe('Room — bad frames', () => {
  it('closes only the sender of a malformed frame, with 1002 and a reason', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const bad = connect(room);
    const good = connect(room);

    room.receive(bad.connection, new Uint8Array([0, 2, 50, 1]));
    expect(bad.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    expect(bad.socket.closed?.reason).toMatch(/\w/);
    expect(good.socket.closed).toBeNull();

    room.receive(good.connection, updateFrame(noteUpdate('n1', 'still here')));
    await room.flushed();
    expect(noteTexts(good.socket.receivedDoc())).toEqual({ n1: 'still here' });
    expect(room.connections.has(bad.connection)).toBe(false);
  });

  it('ignores frames from a connection after it was closed', async () => {
    // The transport can hand over frames that were queued before the close.
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const bad = connect(room);
    const other = connect(room);
    room.receive(bad.connection, new Uint8Array([7]));
    expect(bad.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);

    room.receive(bad.connection, updateFrame(noteUpdate('late', 'after close')));
    await nextTurn();
    await room.flushed();
    expect(storage.appendCalls).toHaveLength(0);
    expect(other.socket.updateFrames()).toHaveLength(0);
  });

  it('closes a connection whose update Yjs cannot read', async () => {
    const room = await trackedRoom(new TestStorage());
    const bad = connect(room);
    room.receive(bad.connection, updateFrame(new Uint8Array([255, 255, 255, 255, 1])));
    expect(bad.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
  });
});

describe('Room — awareness', () => {
  const presence = (clientId: number, clock: number, name: string | null) =>
    awarenessFrame(
      rawAwarenessUpdate([{ clientId, clock, state: name === null ? null : { user: { name } } }]),
    );

  it('relays presence and removes it when the connection leaves', async () => {
    const room = await trackedRoom(new TestStorage());
    const a = connect(room);
    const b = connect(room);
    room.receive(a.connection, presence(101, 1, 'Kari'));
    await nextTurn();
    expect(receivedAwareness(b.socket).get(101)).toEqual({ user: { name: 'Kari' } });

    const late = connect(room);
    expect(receivedAwareness(late.socket).get(101)).toEqual({ user: { name: 'Kari' } });

    room.leave(a.connection);
    await nextTurn();
    expect(receivedAwareness(b.socket).has(101)).toBe(false);
    expect(receivedAwareness(late.socket).has(101)).toBe(false);
  });

  it("closes a connection that speaks for another connection's client id", async () => {
    const room = await trackedRoom(new TestStorage());
    const owner = connect(room);
    const impostor = connect(room);
    const watcher = connect(room);
    room.receive(owner.connection, presence(101, 1, 'Kari'));
    await nextTurn();

    room.receive(impostor.connection, presence(101, 5, 'Not Kari'));
    expect(impostor.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    room.receive(impostor.connection, presence(101, 6, null));
    await nextTurn();
    expect(receivedAwareness(watcher.socket).get(101)).toEqual({ user: { name: 'Kari' } });
    expect(owner.socket.closed).toBeNull();
  });

  it('keeps a client that echoes the presence it was sent, as the stock y-websocket client does', async () => {
    const room = await trackedRoom(new TestStorage());
    const kari = connect(room);
    const ola = connect(room);
    room.receive(kari.connection, presence(101, 1, 'Kari'));
    await nextTurn();
    // y-websocket's client re-sends every awareness change it applies, whoever made it.
    for (const payload of ola.socket.awarenessPayloads()) {
      room.receive(ola.connection, awarenessFrame(payload));
    }
    await nextTurn();
    expect(ola.socket.closed).toBeNull();

    room.receive(kari.connection, presence(101, 2, 'Kari K.'));
    await nextTurn();
    expect(receivedAwareness(ola.socket).get(101)).toEqual({ user: { name: 'Kari K.' } });
    room.receive(ola.connection, presence(101, 1, 'Kari')); // a late echo of an older state
    await nextTurn();
    expect(ola.socket.closed).toBeNull();
    expect(room.awareness.getStates().get(101)).toEqual({ user: { name: 'Kari K.' } });

    room.leave(kari.connection);
    await nextTurn();
    const removal = ola.socket.awarenessPayloads().at(-1)!;
    room.receive(ola.connection, awarenessFrame(removal)); // the echo of the removal
    await nextTurn();
    expect(ola.socket.closed).toBeNull();
    expect(room.awareness.getStates().has(101)).toBe(false);
  });

  it("closes a connection that removes another connection's presence", async () => {
    const room = await trackedRoom(new TestStorage());
    const owner = connect(room);
    const impostor = connect(room);
    room.receive(owner.connection, presence(101, 3, 'Kari'));
    await nextTurn();
    room.receive(impostor.connection, presence(101, 3, null));
    expect(impostor.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    expect(room.awareness.getStates().get(101)).toEqual({ user: { name: 'Kari' } });
  });

  it('answers a query with the current presence', async () => {
    const room = await trackedRoom(new TestStorage());
    const a = connect(room);
    room.receive(a.connection, presence(7, 1, 'Ola'));
    await nextTurn();
    const b = connect(room);
    const before = b.socket.sent.length;
    room.receive(b.connection, new Uint8Array([3]));
    expect(b.socket.sent.length).toBe(before + 1);
    expect(receivedAwareness(b.socket).get(7)).toEqual({ user: { name: 'Ola' } });
  });
});

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

describe('Room — storage failure', () => {
  it('closes every connection with 1011 and relays nothing', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const a = connect(room);
    const b = connect(room);
    storage.failAppends = new Error('disk full');

    room.receive(a.connection, updateFrame(noteUpdate('n1', 'lost')));
    await room.flushed().catch(() => undefined);
    await nextTurn();
    for (const client of [a, b]) {
      expect(client.socket.closed?.code).toBe(1011);
      expect(client.socket.updateFrames()).toHaveLength(0);
    }
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({});
  });

  it('rejects a server-side change that could not be stored', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const reader = connect(room);
    storage.failAppends = new Error('disk full');
    await expect(room.change((doc) => doc.getMap('items').set('k', 1))).rejects.toThrow();
    expect(reader.socket.closed?.code).toBe(1011);
    expect(reader.socket.updateFrames()).toHaveLength(0);
  });

  it('rejects a change to a closed room instead of dropping it silently', async () => {
    const room = await trackedRoom(new TestStorage());
    room.close();
    await expect(room.change((doc) => doc.getMap('items').set('k', 1))).rejects.toThrow();
  });
});

describe('Room — compaction and server-side changes', () => {
  it('compacts after N appends; a reloaded room has the same content', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage, { compactAfterUpdates: 3 });
    const writer = connect(room);
    for (let i = 0; i < 7; i++) {
      room.receive(writer.connection, updateFrame(noteUpdate(`n${i}`, `note ${i}`)));
      await room.flushed();
    }
    const stored = await storage.loadDocument('w1', 'board');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(3);

    const reloaded = await trackedRoom(storage, { compactAfterUpdates: 3 });
    expect(reloaded.doc.getMap('items').toJSON()).toEqual(room.doc.getMap('items').toJSON());
    expect(Object.keys(noteTexts(reloaded.doc))).toHaveLength(7);
  });

  it('compacts on load when too many updates are stored', async () => {
    const storage = new TestStorage();
    for (let i = 0; i < 4; i++) {
      await storage.appendUpdates('w1', 'board', [noteUpdate(`n${i}`, `note ${i}`)]);
    }
    const room = await trackedRoom(storage, { compactAfterUpdates: 3 });
    const stored = await storage.loadDocument('w1', 'board');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(0);
    expect(Object.keys(noteTexts(room.doc))).toHaveLength(4);
  });

  it('stores and relays a server-side change before change() resolves', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage, { name: 'control' });
    const reader = connect(room);
    await room.change((doc) => doc.getMap('workshop').set('phase', 'design'));
    expect(reader.socket.receivedDoc().getMap('workshop').get('phase')).toBe('design');
    expect((await storedDoc(storage, 'w1', 'control')).getMap('workshop').get('phase')).toBe(
      'design',
    );
  });
});
