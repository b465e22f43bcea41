import { describe, expect, it } from 'vitest';
import {
  SyncTestStorage,
  TestStorage,
  connect,
  nextTurn,
  noteTexts,
  noteUpdate,
  storedDoc,
  updateFrame,
} from './fakes.js';
import { trackedRoom } from './room-test-setup.js';

// Storage that commits later (PostgreSQL) and storage that commits at once (SQLite)
// take different paths through the room (append-batcher.ts): both must keep SYNC-1.
describe.each([
  ['asynchronous storage', () => new TestStorage()],
  ['synchronous storage (as SQLite)', () => new SyncTestStorage()],
])('%s', (_, makeStorage) => {
  describe('Room — storage failure', () => {
    it('closes every connection with 1011 and relays nothing', async () => {
      const storage = makeStorage();
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
      const storage = makeStorage();
      const room = await trackedRoom(storage);
      const reader = connect(room);
      storage.failAppends = new Error('disk full');
      await expect(room.change((doc) => doc.getMap('items').set('k', 1))).rejects.toThrow();
      expect(reader.socket.closed?.code).toBe(1011);
      expect(reader.socket.updateFrames()).toHaveLength(0);
    });

    it('rejects a change to a closed room instead of dropping it silently', async () => {
      const room = await trackedRoom(makeStorage());
      room.close();
      await expect(room.change((doc) => doc.getMap('items').set('k', 1))).rejects.toThrow();
    });
  });

  describe('Room — compaction and server-side changes', () => {
    it('compacts after N appends; a reloaded room has the same content', async () => {
      const storage = makeStorage();
      const room = await trackedRoom(storage, { compactAfterUpdates: 3 });
      const writer = connect(room);
      for (let i = 0; i < 7; i++) {
        room.receive(writer.connection, updateFrame(noteUpdate(`n${i}`, `note ${i}`)));
        await room.flushed();
      }
      const stored = await storage.documents.load('w1', 'board');
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates.length).toBeLessThan(3);

      const reloaded = await trackedRoom(storage, { compactAfterUpdates: 3 });
      expect(reloaded.doc.getMap('items').toJSON()).toEqual(room.doc.getMap('items').toJSON());
      expect(Object.keys(noteTexts(reloaded.doc))).toHaveLength(7);
    });

    it('compacts on load when too many updates are stored', async () => {
      const storage = makeStorage();
      for (let i = 0; i < 4; i++) {
        await storage.documents.append('w1', 'board', [noteUpdate(`n${i}`, `note ${i}`)]);
      }
      const room = await trackedRoom(storage, { compactAfterUpdates: 3 });
      const stored = await storage.documents.load('w1', 'board');
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toHaveLength(0);
      expect(Object.keys(noteTexts(room.doc))).toHaveLength(4);
    });

    it('stores and relays a server-side change before change() resolves', async () => {
      const storage = makeStorage();
      const room = await trackedRoom(storage, { name: 'control' });
      const reader = connect(room);
      await room.change((doc) => doc.getMap('workshop').set('phase', 'design'));
      expect(reader.socket.receivedDoc().getMap('workshop').get('phase')).toBe('design');
      expect((await storedDoc(storage, 'w1', 'control')).getMap('workshop').get('phase')).toBe(
        'design',
      );
    });
  });

  describe('Room — appends grouped across rooms (SYNC-6)', () => {
    it('stores the changes of every room in one turn with one storage call, each room in order', async () => {
      const storage = makeStorage();
      const rooms = await Promise.all(
        ['w1', 'w2', 'w3'].map((workshopId) => trackedRoom(storage, { workshopId })),
      );
      const clients = rooms.map((room) => ({ room, ...connect(room) }));
      for (let round = 0; round < 3; round++) {
        for (const { room, connection } of clients) {
          room.receive(
            connection,
            updateFrame(noteUpdate(`n${round}`, `${room.workshopId} ${round}`)),
          );
        }
        await Promise.all(rooms.map((room) => room.flushed()));
      }

      expect(storage.batchCalls).toHaveLength(3);
      for (const batch of storage.batchCalls) {
        expect(batch.map((entry) => entry.workshopId).sort()).toEqual(['w1', 'w2', 'w3']);
      }
      for (const { room, socket } of clients) {
        const expected = {
          n0: `${room.workshopId} 0`,
          n1: `${room.workshopId} 1`,
          n2: `${room.workshopId} 2`,
        };
        expect(noteTexts(socket.receivedDoc())).toEqual(expected);
        expect(noteTexts(await storedDoc(storage, room.workshopId, 'board'))).toEqual(expected);
      }
    });

    it('relays nothing of a batch that failed and closes only the rooms it held', async () => {
      const storage = makeStorage();
      const [a, b, quiet] = await Promise.all(
        ['w1', 'w2', 'w3'].map((workshopId) => trackedRoom(storage, { workshopId })),
      );
      const inA = connect(a!);
      const inB = connect(b!);
      const inQuiet = connect(quiet!);
      storage.failAppends = new Error('disk full');

      a!.receive(inA.connection, updateFrame(noteUpdate('n1', 'lost in a')));
      b!.receive(inB.connection, updateFrame(noteUpdate('n1', 'lost in b')));
      await Promise.all([a!.flushed(), b!.flushed()].map((done) => done.catch(() => undefined)));
      await nextTurn();

      expect(storage.batchCalls).toHaveLength(1);
      for (const client of [inA, inB]) {
        expect(client.socket.closed?.code).toBe(1011);
        expect(client.socket.updateFrames()).toHaveLength(0);
      }
      expect(inQuiet.socket.closed).toBeNull();
      expect(quiet!.isClosed).toBe(false);
    });
  });
});

describe('Room — a stored change that cannot be relayed (SYNC-6)', () => {
  it('closes only that room; the other rooms of the turn still relay theirs', async () => {
    const storage = new SyncTestStorage();
    const broken = await trackedRoom(storage, {
      workshopId: 'w1',
      fanout: {
        publishUpdate: () => {
          throw new Error('channel gone');
        },
        publishAwareness: () => {},
      },
    });
    const fine = await trackedRoom(storage, { workshopId: 'w2' });
    const inBroken = connect(broken);
    const inFine = connect(fine);
    broken.receive(inBroken.connection, updateFrame(noteUpdate('n', 'stored, not relayed')));
    fine.receive(inFine.connection, updateFrame(noteUpdate('n', 'relayed')));
    await Promise.all([broken.flushed(), fine.flushed()]);

    expect(inBroken.socket.closed?.code).toBe(1011);
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({
      n: 'stored, not relayed',
    });
    expect(noteTexts(inFine.socket.receivedDoc())).toEqual({ n: 'relayed' });
    expect(fine.isClosed).toBe(false);
  });
});

describe('Room — appends without a batch call', () => {
  it('falls back to one append per room when the storage cannot batch', async () => {
    const storage = new TestStorage();
    Object.defineProperty(storage.documents, 'appendBatch', { value: undefined });
    const rooms = await Promise.all(
      ['w1', 'w2'].map((workshopId) => trackedRoom(storage, { workshopId })),
    );
    const clients = rooms.map((room) => ({ room, ...connect(room) }));
    for (const { room, connection } of clients) {
      room.receive(connection, updateFrame(noteUpdate('n', room.workshopId)));
    }
    await Promise.all(rooms.map((room) => room.flushed()));
    expect(storage.appendCalls).toHaveLength(2);
    for (const { room, socket } of clients) {
      expect(noteTexts(socket.receivedDoc())).toEqual({ n: room.workshopId });
    }
  });
});
