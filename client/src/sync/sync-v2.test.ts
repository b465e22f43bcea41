import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { parsedItemsOf } from './parsed-items';
import { serverBoard, serverSocket } from './test-server-socket';
import { WorkshopConnection } from './workshop-connection';

describe('WorkshopConnection — the initial sync in V2', () => {
  const connections: WorkshopConnection[] = [];
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.destroy();
  });

  it('JOIN-2: a fresh client asks for the gzipped V2 board (in parts), applies it, counts as synced, and sends none of it back', async () => {
    const sent: { type: number; step: number }[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'secret',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: serverSocket(serverBoard(30), sent),
      offlineCache: false,
    });
    connections.push(connection);
    await vi.waitFor(() => expect(connection.items.size).toBe(30));
    await vi.waitFor(() => expect(connection.getState()).toBe('connected'));
    expect((connection.items.get('n7') as Y.Map<unknown>).get('text')).toBe('note 7');
    // The board's own sync step 1 went out, and no update echoing what the server sent.
    expect(sent).toContainEqual({ type: 0, step: 0 });
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toEqual([]);
    expect(connection.getSync().unsent).toBe(0);

    // After the initial sync, a local edit reaches the server as an ordinary V1 update.
    connection.items.set('mine', new Y.Map<unknown>([['type', 'note']]));
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toHaveLength(1);
  });

  it('JOIN-11: a board that comes in parts is applied part by part, and the client is synced only after the last', async () => {
    const sent: { type: number; step: number }[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'secret',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: serverSocket(serverBoard(95), sent),
      offlineCache: false,
    });
    connections.push(connection);
    // What the board held each time it changed, and whether the connection counted as synced then.
    const seen: { notes: number; synced: boolean }[] = [];
    connection.items.observe(() =>
      seen.push({ notes: connection.items.size, synced: connection.getState() === 'connected' }),
    );
    // The page's readers hear once, with the whole board.
    const parsed = parsedItemsOf(connection.items);
    const heard: number[] = [];
    parsed.subscribe(() => heard.push(parsed.getSnapshot().items.length));
    await vi.waitFor(() => expect(connection.items.size).toBe(95));
    await vi.waitFor(() => expect(connection.getState()).toBe('connected'));
    // Ten parts of ten notes (the last of five), each its own change, none of them synced yet.
    expect(seen.map((change) => change.notes)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 95]);
    expect(seen.every((change) => !change.synced)).toBe(true);
    expect(heard).toEqual([95]);
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toEqual([]);
  });

  it('JOIN-2: against a server that answers V1 anyway (an older one), the client converges as before', async () => {
    const sent: { type: number; step: number }[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'secret',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: serverSocket(serverBoard(12), sent, false),
      offlineCache: false,
    });
    connections.push(connection);
    await vi.waitFor(() => expect(connection.items.size).toBe(12));
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toEqual([]);
  });
});
