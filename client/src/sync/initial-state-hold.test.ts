import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { frame, serverBoard, serverSocket, type ServerSocketHandle } from './test-server-socket';
import { afterNextPaint, ViewGate, yieldToInput } from './view-gate';
import { WorkshopConnection } from './workshop-connection';

const note = (text: string) =>
  new Y.Map<unknown>(Object.entries({ type: 'note', x: 0, y: 0, w: 200, h: 200, text }));

/** y-websocket's sync update message, as the server relays another writer's edit. */
const relayed = (update: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

function connect(board: Y.Doc) {
  const sent: { type: number; step: number }[] = [];
  const sockets: ServerSocketHandle[] = [];
  const connection = new WorkshopConnection({
    workshopId: 'w1',
    token: 'secret',
    wsBase: 'ws://example.test',
    WebSocketPolyfill: serverSocket(board, sent, true, sockets),
    offlineCache: false,
  });
  const boardSocket = () => sockets.find((socket) => socket.url.includes('/board?'));
  return { connection, sent, boardSocket };
}

describe("the board's initial state waits for the view the person is on (JOIN-10)", () => {
  const connections: WorkshopConnection[] = [];
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.destroy();
  });

  it("JOIN-10: held, it is not applied and nothing counts as synced; a local edit goes out at once; others' edits queue behind it in order; released, everything merges once", async () => {
    const board = serverBoard(30);
    const { connection, sent, boardSocket } = connect(board);
    connections.push(connection);
    const release = connection.viewGate.hold();

    await vi.waitFor(() => expect(boardSocket()?.answered).toBe(1));
    expect(connection.items.size).toBe(0);
    expect(connection.getState()).not.toBe('connected');

    // The composer works at once: the edit is sent as it is made, and counted as unsent.
    connection.items.set('mine', note('written before the board came'));
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toHaveLength(1);
    expect(connection.getSync().unsent).toBe(1);

    // Two edits by someone else, relayed while the board is held: they wait behind it.
    board.on('update', (update: Uint8Array) =>
      boardSocket()?.onmessage?.({ data: relayed(update).slice().buffer }),
    );
    (board.getMap('items').get('n3') as Y.Map<unknown>).set('text', 'first');
    (board.getMap('items').get('n3') as Y.Map<unknown>).set('text', 'second');
    board.getMap('items').set('theirs', note('added while held'));
    expect([...connection.items.keys()]).toEqual(['mine']);

    release();
    await vi.waitFor(() => expect(connection.getState()).toBe('connected'));
    expect(connection.items.size).toBe(32);
    expect((connection.items.get('n3') as Y.Map<unknown>).get('text')).toBe('second');
    expect((connection.items.get('mine') as Y.Map<unknown>).get('text')).toBe(
      'written before the board came',
    );
    expect(connection.getSync().unsent).toBe(0);
    // The server's state is all in, as the server has it; and the client knows of no more than it plus its own.
    const { mine, ...fromServer } = connection.items.toJSON();
    expect(mine).toBeDefined();
    expect(fromServer).toEqual(board.getMap('items').toJSON());
  });

  it('JOIN-10: state the device had (the offline cache) merges with the held initial state', async () => {
    const board = serverBoard(5);
    const offline = new Y.Doc();
    offline.getMap('items').set('offline', note('written offline'));
    const { connection, boardSocket } = connect(board);
    connections.push(connection);
    // What the offline cache puts in before the socket asks for the difference.
    Y.applyUpdate(connection.boardDoc, Y.encodeStateAsUpdate(offline), 'cache');
    const release = connection.viewGate.hold();
    await vi.waitFor(() => expect(boardSocket()?.answered).toBe(1));
    expect(connection.items.size).toBe(1);
    release();
    await vi.waitFor(() => expect(connection.items.size).toBe(6));
    expect((connection.items.get('offline') as Y.Map<unknown>).get('text')).toBe('written offline');
  });

  it('JOIN-10: the gate waits for every hold, also one taken while it waits; a hold lets go after its limit', async () => {
    const gate = new ViewGate();
    const first = gate.hold();
    let clear = false;
    const waiting = gate.whenClear().then(() => (clear = true));
    const second = gate.hold();
    first();
    first(); // twice is harmless
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clear).toBe(false);
    second();
    await waiting;
    expect(gate.held).toBe(false);

    vi.useFakeTimers();
    try {
      gate.hold();
      expect(gate.held).toBe(true);
      vi.runAllTimers();
      expect(gate.held).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('JOIN-10: the gate lets the next paint happen first: it resolves only after an animation frame', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // the hidden page's fallback stays off
    try {
      let painted = false;
      const waiting = afterNextPaint().then(() => (painted = true));
      await yieldToInput();
      await yieldToInput();
      expect(painted).toBe(false);
      expect(frames).toHaveLength(1);
      frames[0]?.(0);
      await waiting;
      expect(painted).toBe(true);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
      Reflect.deleteProperty(document, 'visibilityState');
    }
  });
});
