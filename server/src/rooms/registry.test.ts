import { CLOSE_CODES } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  TestStorage,
  connect,
  noteTexts,
  noteUpdate,
  silentLogger,
  storedDoc,
  updateFrame,
  waitFor,
} from './fakes.js';
import * as Y from 'yjs';
import {
  RoomRegistry,
  type RemoteRoomListener,
  type RoomCluster,
  type RoomRegistryOptions,
} from './registry.js';

const registries: RoomRegistry[] = [];

function createRegistry(storage: TestStorage, options: Partial<RoomRegistryOptions> = {}) {
  const registry = new RoomRegistry({
    storage,
    logger: silentLogger,
    createPolicy: async () => ({ acceptsUpdatesFrom: () => true }),
    ...options,
  });
  registries.push(registry);
  return registry;
}

afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
});

describe('RoomRegistry', () => {
  it('loads a room once however many ask for it at the same moment', async () => {
    const storage = new TestStorage();
    const registry = createRegistry(storage);
    const rooms = await Promise.all(Array.from({ length: 10 }, () => registry.get('w1', 'board')));
    expect(new Set(rooms).size).toBe(1);
    expect(storage.loadCount('w1', 'board')).toBe(1);
    expect(await registry.get('w1', 'board')).toBe(rooms[0]);
    expect(storage.loadCount('w1', 'board')).toBe(1);
  });

  it('keeps rooms of different workshops and names apart', async () => {
    const registry = createRegistry(new TestStorage());
    const [board1, control1, board2] = await Promise.all([
      registry.get('w1', 'board'),
      registry.get('w1', 'control'),
      registry.get('w2', 'board'),
    ]);
    expect(new Set([board1, control1, board2]).size).toBe(3);
    expect(registry.size).toBe(3);
  });

  it('unloads an idle room and loads it fresh, with what was stored, on the next get', async () => {
    const storage = new TestStorage();
    const registry = createRegistry(storage, { idleUnloadMs: 20 });
    const room = await registry.get('w1', 'board');
    await room.change((doc) => doc.getMap('items').set('k', 'kept'));

    await waitFor(() => registry.size === 0);
    const again = await registry.get('w1', 'board');
    expect(again).not.toBe(room);
    expect(storage.loadCount('w1', 'board')).toBe(2);
    expect(again.doc.getMap('items').get('k')).toBe('kept');
  });

  it('keeps a room with a connection loaded while an idle one unloads', async () => {
    const storage = new TestStorage();
    const registry = createRegistry(storage, { idleUnloadMs: 20 });
    const busy = await registry.get('w1', 'board');
    connect(busy);
    await registry.get('w2', 'board');

    await waitFor(() => registry.peek('w2', 'board') === undefined);
    expect(await registry.get('w1', 'board')).toBe(busy);
    expect(storage.loadCount('w1', 'board')).toBe(1);
  });

  it('unloads a room some time after its last connection leaves', async () => {
    const registry = createRegistry(new TestStorage(), { idleUnloadMs: 20 });
    const room = await registry.get('w1', 'board');
    const { connection } = connect(room);
    room.leave(connection);
    await waitFor(() => registry.size === 0);
  });

  it('says when the last room has unloaded, and not before', async () => {
    let emptied = 0;
    const registry = createRegistry(new TestStorage(), {
      idleUnloadMs: 20,
      onEmpty: () => emptied++,
    });
    const first = await registry.get('w1', 'board');
    const second = await registry.get('w2', 'board');
    const inFirst = connect(first);
    connect(second);
    first.leave(inFirst.connection);
    await waitFor(() => registry.peek('w1', 'board') === undefined);
    expect(emptied).toBe(0);
    expect(registry.isEmpty).toBe(false);

    for (const connection of [...second.connections]) second.leave(connection);
    await waitFor(() => emptied === 1);
    expect(registry.isEmpty).toBe(true);
  });

  it('closeAll stores pending updates before closing sockets with the given code', async () => {
    const storage = new TestStorage();
    const registry = createRegistry(storage);
    const room = await registry.get('w1', 'board');
    let storedWhenClosed = -1;
    const writer = connect(room, { onClose: () => (storedWhenClosed = storage.appended) });
    const reader = connect(room);

    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'last words')));
    await registry.closeAll(CLOSE_CODES.GOING_AWAY, 'server shutting down');

    expect(storedWhenClosed).toBe(1);
    expect(writer.socket.closed).toEqual({
      code: CLOSE_CODES.GOING_AWAY,
      reason: 'server shutting down',
    });
    expect(reader.socket.closed?.code).toBe(CLOSE_CODES.GOING_AWAY);
    expect(noteTexts(reader.socket.receivedDoc())).toEqual({ n1: 'last words' });
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({ n1: 'last words' });
    expect(registry.size).toBe(0);
  });

  it('closeAll closes every room even when storage fails for one', async () => {
    const storage = new TestStorage();
    const registry = createRegistry(storage);
    const failing = await registry.get('w1', 'board');
    const other = await registry.get('w2', 'board');
    const a = connect(failing);
    const b = connect(other);
    storage.failAppends = new Error('disk full');
    failing.receive(a.connection, updateFrame(noteUpdate('n1', 'lost')));

    await registry.closeAll(CLOSE_CODES.GOING_AWAY, 'bye');
    expect(a.socket.closed?.code).toBe(1011);
    expect(b.socket.closed?.code).toBe(CLOSE_CODES.GOING_AWAY);
  });

  it('serves a working room again after storage failed and recovered', async () => {
    // Clients reconnect right after the 1011; they must not land in the closed room.
    const storage = new TestStorage();
    const registry = createRegistry(storage);
    const broken = await registry.get('w1', 'board');
    const before = connect(broken);
    storage.failAppends = new Error('disk full');
    broken.receive(before.connection, updateFrame(noteUpdate('lost', 'lost')));
    await waitFor(() => before.socket.closed !== null);
    expect(before.socket.closed?.code).toBe(1011);

    storage.failAppends = null;
    const room = await registry.get('w1', 'board');
    const writer = connect(room);
    const reader = connect(room);
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'after recovery')));
    await room.flushed();
    expect(noteTexts(reader.socket.receivedDoc())).toEqual({ n1: 'after recovery' });
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({ n1: 'after recovery' });
  });

  it("closeWorkshop closes that workshop's rooms only", async () => {
    const registry = createRegistry(new TestStorage());
    const board1 = await registry.get('w1', 'board');
    const control1 = await registry.get('w1', 'control');
    const board2 = await registry.get('w2', 'board');
    const inBoard1 = connect(board1);
    const inControl1 = connect(control1);
    const inBoard2 = connect(board2);

    await registry.closeWorkshop('w1', CLOSE_CODES.NOT_FOUND, 'workshop deleted');
    expect(inBoard1.socket.closed).toEqual({
      code: CLOSE_CODES.NOT_FOUND,
      reason: 'workshop deleted',
    });
    expect(inControl1.socket.closed?.code).toBe(CLOSE_CODES.NOT_FOUND);
    expect(inBoard2.socket.closed).toBeNull();
    expect(await registry.get('w2', 'board')).toBe(board2);
    expect(registry.peek('w1', 'board')).toBeUndefined();
  });

  it('closeWorkshop returns only after an append already under way has finished', async () => {
    // The workshop is deleted from storage right after: nothing may be written after that.
    const storage = new TestStorage();
    const registry = createRegistry(storage);
    const room = await registry.get('w1', 'board');
    const writer = connect(room);
    storage.hold();
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'in flight')));
    await waitFor(() => storage.appendCalls.length === 1);

    let closed = false;
    const closing = registry
      .closeWorkshop('w1', CLOSE_CODES.NOT_FOUND, 'workshop deleted')
      .then(() => {
        closed = true;
      });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    storage.release();
    await closing;
    expect(storage.appended).toBe(1);
    expect(writer.socket.closed?.code).toBe(CLOSE_CODES.NOT_FOUND);
  });

  it('closeWorkshop returns only after an unload under way has written its snapshot', async () => {
    const storage = new TestStorage();
    const registry = createRegistry(storage, { idleUnloadMs: 20 });
    const room = await registry.get('w1', 'board');
    await room.change((doc) => doc.getMap('items').set('k', 1));
    storage.hold();
    await waitFor(() => storage.compactCalls === 1); // the idle unload compacts

    let closed = false;
    const closing = registry
      .closeWorkshop('w1', CLOSE_CODES.NOT_FOUND, 'workshop deleted')
      .then(() => {
        closed = true;
      });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    storage.release();
    await closing;
    expect((await storage.documents.load('w1', 'board')).snapshot).not.toBeNull();
  });
});

/** A bus in memory: records what rooms attach, publish and detach. */
function fakeCluster() {
  const listeners = new Map<string, RemoteRoomListener>();
  const published: Uint8Array[] = [];
  const detached: string[] = [];
  const cluster: RoomCluster = {
    attach: async (workshopId, name, listener) => {
      listeners.set(`${workshopId}/${name}`, listener);
      return {
        publishUpdate: (update) => published.push(update),
        publishAwareness: () => {},
        queryAwareness: () => {},
        detach: () => detached.push(`${workshopId}/${name}`),
      };
    },
    peersElsewhere: async () => [],
    exclusively: (_key, task) => task(),
  };
  return { cluster, listeners, published, detached };
}

describe('RoomRegistry — several instances', () => {
  it('subscribes before loading and applies what arrived while it loaded', async () => {
    const { cluster, listeners } = fakeCluster();
    const storage = new TestStorage();
    const load = storage.documents.load.bind(storage.documents);
    storage.documents.load = async (workshopId, room) => {
      const stored = await load(workshopId, room);
      // Another instance stored and published this after our read.
      listeners.get(`${workshopId}/${room}`)!.update(noteUpdate('late', 'Arrived meanwhile'));
      return stored;
    };
    await storage.documents.append('w1', 'board', [noteUpdate('early', 'Stored before')]);
    const registry = createRegistry(storage, { cluster });
    const room = await registry.get('w1', 'board');
    expect(noteTexts(room.doc)).toEqual({ early: 'Stored before', late: 'Arrived meanwhile' });
  });

  it('detaches a room from the bus when it unloads', async () => {
    const { cluster, detached } = fakeCluster();
    const registry = createRegistry(new TestStorage(), { cluster, idleUnloadMs: 10 });
    await registry.get('w1', 'board');
    await waitFor(() => detached.includes('w1/board'));
  });

  it('re-reads storage when the bus says messages were missed, and relays only what was missing', async () => {
    const { cluster, listeners } = fakeCluster();
    const storage = new TestStorage();
    const registry = createRegistry(storage, { cluster });
    const room = await registry.get('w1', 'board');
    const client = connect(room);
    await storage.documents.append('w1', 'board', [noteUpdate('missed', 'Never published')]);
    listeners.get('w1/board')!.missedMessages();
    await waitFor(() => noteTexts(client.socket.receivedDoc()).missed === 'Never published');
    // Relayed, not stored a second time.
    expect((await storage.documents.load('w1', 'board')).updates).toHaveLength(1);
  });

  it('a change made exclusively first takes in what other instances stored', async () => {
    const { cluster } = fakeCluster();
    const storage = new TestStorage();
    const registry = createRegistry(storage, { cluster });
    await registry.get('w1', 'control');
    const elsewhere = new Y.Doc();
    elsewhere.getMap('workshop').set('queue', ['kari']);
    await storage.documents.append('w1', 'control', [Y.encodeStateAsUpdate(elsewhere)]);
    const seen = await registry.change('w1', 'control', (doc) => {
      const queue = doc.getMap('workshop').get('queue') as string[];
      doc.getMap('workshop').set('queue', [...queue, 'ola']);
      return queue.length;
    });
    expect(seen).toBe(1);
    const stored = await storedDoc(storage, 'w1', 'control');
    expect(stored.getMap('workshop').get('queue')).toEqual(['kari', 'ola']);
  });
});
