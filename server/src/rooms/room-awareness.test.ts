import { CLOSE_CODES } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import {
  SyncTestStorage,
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
import { awarenessEntries } from './protocol.js';
import { trackedRoom } from './room-test-setup.js';

describe('Room — awareness', () => {
  const presence = (clientId: number, clock: number, name: string | null) =>
    awarenessFrame(
      rawAwarenessUpdate([{ clientId, clock, state: name === null ? null : { user: { name } } }]),
    );

  it('SYNC-5: relays presence and removes it when the connection leaves', async () => {
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

  it("SYNC-5: closes a connection that speaks for another connection's client id", async () => {
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
    // Within the client's rate window: it follows when the window ends.
    await waitFor(
      () => receivedAwareness(ola.socket).has(101) && ola.socket.awarenessPayloads().length > 1,
    );
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

describe('Room — presence relayed at a bounded rate, never echoed (SYNC-7)', () => {
  const cursor = (clientId: number, clock: number, x: number) =>
    awarenessFrame(rawAwarenessUpdate([{ clientId, clock, state: { cursor: { x } } }]));
  const cursorsSeen = (socket: { awarenessPayloads(): Uint8Array[] }, clientId: number) =>
    socket
      .awarenessPayloads()
      .flatMap((payload) => awarenessEntries(payload))
      .filter((entry) => entry.clientId === clientId).length;

  it('drops the states in between but always delivers the latest', async () => {
    const room = await trackedRoom(new TestStorage(), {
      presenceLimits: { statesPerSecond: 20, sendsPerSecond: 1_000_000 },
    });
    const mover = connect(room);
    const watcher = connect(room);
    for (let x = 1; x <= 30; x++) {
      room.receive(mover.connection, cursor(7, x, x));
      await nextTurn();
    }
    await waitFor(
      () =>
        (receivedAwareness(watcher.socket).get(7) as { cursor: { x: number } } | undefined)?.cursor
          .x === 30,
    );
    // 30 states, sent one turn apart, arrive as far fewer messages; the last one is there.
    expect(cursorsSeen(watcher.socket, 7)).toBeLessThan(30);
    expect(cursorsSeen(watcher.socket, 7)).toBeGreaterThanOrEqual(2);
  });

  it("relays a quiet room's first change in the same turn", async () => {
    const room = await trackedRoom(new TestStorage());
    const mover = connect(room);
    const watcher = connect(room);
    room.receive(mover.connection, cursor(7, 1, 1));
    await nextTurn();
    expect(receivedAwareness(watcher.socket).get(7)).toEqual({ cursor: { x: 1 } });
  });

  it('never sends a connection its own presence, and others get it in one shared buffer', async () => {
    const room = await trackedRoom(new TestStorage());
    const kari = connect(room);
    const ola = connect(room);
    const watchers = [connect(room), connect(room)];
    room.receive(kari.connection, cursor(1, 1, 10));
    room.receive(ola.connection, cursor(2, 1, 20));
    await nextTurn();

    expect(cursorsSeen(kari.socket, 1)).toBe(0);
    expect(cursorsSeen(kari.socket, 2)).toBe(1);
    expect(cursorsSeen(ola.socket, 2)).toBe(0);
    expect(cursorsSeen(ola.socket, 1)).toBe(1);
    const [first, second] = watchers.map((watcher) => watcher.socket.awarenessPayloads());
    expect(first).toHaveLength(1);
    expect(receivedAwareness(watchers[0]!.socket)).toEqual(
      new Map([
        [1, { cursor: { x: 10 } }],
        [2, { cursor: { x: 20 } }],
      ]),
    );
    // The very same buffer went to both watchers.
    const frames = watchers.map((watcher) => watcher.socket.sent.at(-1));
    expect(frames[0]).toBe(frames[1]);
    expect(second).toEqual(first);
  });

  it('sends the edits of a turn before its cursor moves (synchronous storage)', async () => {
    const room = await trackedRoom(new SyncTestStorage());
    const writer = connect(room);
    const watcher = connect(room);
    room.receive(writer.connection, cursor(1, 1, 10));
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'first things first')));
    await room.flushed();
    await nextTurn();
    const kinds = watcher.socket.messages().map((message) => message.kind);
    expect(kinds.indexOf('update')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('update')).toBeLessThan(kinds.indexOf('awareness'));
  });

  it("SYNC-6: sends every room's edits of a turn before any room's cursor moves (synchronous storage)", async () => {
    const storage = new SyncTestStorage();
    const rooms = await Promise.all(
      ['w1', 'w2', 'w3'].map((workshopId) => trackedRoom(storage, { workshopId })),
    );
    // One log of every send to the watchers of all rooms, in the order they happened.
    const log: string[] = [];
    const clients = rooms.map((room) => {
      const writer = connect(room);
      const watcher = connect(room);
      const send = watcher.socket.send.bind(watcher.socket);
      watcher.socket.send = (message) => {
        send(message);
        const kind = watcher.socket.messages().at(-1)!.kind;
        if (kind === 'update' || kind === 'awareness') log.push(kind);
      };
      return { room, writer };
    });
    // Cursor moves in the first rooms, an edit only in the last one: the edit still goes first.
    clients.forEach(({ room, writer }, i) => room.receive(writer.connection, cursor(10 + i, 1, i)));
    const last = clients.at(-1)!;
    last.room.receive(last.writer.connection, updateFrame(noteUpdate('n1', 'edits first')));
    await Promise.all(rooms.map((room) => room.flushed()));
    await nextTurn();
    expect(log[0]).toBe('update');
    expect(log.filter((kind) => kind === 'awareness')).toHaveLength(3);
  });

  it('does not hold presence back while storage that commits later is busy', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const writer = connect(room);
    const watcher = connect(room);
    storage.hold();
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'being stored')));
    room.receive(writer.connection, cursor(1, 1, 10));
    await nextTurn();
    expect(watcher.socket.messages().map((message) => message.kind)).toContain('awareness');
    expect(watcher.socket.updateFrames()).toHaveLength(0); // SYNC-1: not before it is stored
    storage.release();
    await room.flushed();
    expect(watcher.socket.updateFrames()).toHaveLength(1);
  });

  it('lets presence ride along with an edit: both leave in one write, even within the room window', async () => {
    const room = await trackedRoom(new TestStorage(), {
      // A room window far longer than the test: only riding along gets the second move out.
      presenceLimits: { statesPerSecond: 1_000_000, sendsPerSecond: 0.001 },
    });
    const writer = connect(room);
    const watcher = connect(room);
    room.receive(writer.connection, cursor(1, 1, 10));
    await nextTurn();
    expect(receivedAwareness(watcher.socket).get(1)).toEqual({ cursor: { x: 10 } });
    const writesBefore = watcher.socket.writes;
    const sentBefore = watcher.socket.sent.length;

    room.receive(writer.connection, cursor(1, 2, 20));
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'with a cursor')));
    await room.flushed();
    expect(watcher.socket.sent.length - sentBefore).toBe(2);
    expect(watcher.socket.writes - writesBefore).toBe(1);
    expect(watcher.socket.isCorked).toBe(false);
    expect(writer.socket.isCorked).toBe(false);
    expect(receivedAwareness(watcher.socket).get(1)).toEqual({ cursor: { x: 20 } });
  });

  it('sends a sender nothing when the turn held only its own presence', async () => {
    const room = await trackedRoom(new TestStorage());
    const kari = connect(room);
    connect(room);
    room.receive(kari.connection, cursor(1, 1, 10));
    await nextTurn();
    expect(kari.socket.awarenessPayloads()).toHaveLength(0);
  });
});
