import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useSessionStore } from '../session';
import { readUnsentCount, writeUnsentCount } from './offline-cache';
// Registers the watch that drops a forgotten workshop's offline copy.
import './use-workshop-connection';
import { WorkshopConnection } from './workshop-connection';

/** A socket that never gets through: the board stays unsynced until the test says so. */
class SilentSocket {
  static readonly OPEN = 1;
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'arraybuffer';
  onclose: (() => void) | null = null;
  onopen: (() => void) | null = null;
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  send() {}
  close() {}
}

function open(workshopId = 'w-unsent') {
  const connection = new WorkshopConnection({
    workshopId,
    token: 't',
    wsBase: 'ws://example.test',
    WebSocketPolyfill: SilentSocket as unknown as typeof WebSocket,
  });
  const board = (connection as unknown as { providers: WebsocketProvider[] }).providers[0]!;
  return { connection, board };
}

function addNote(connection: WorkshopConnection, id: string) {
  connection.boardDoc.transact(() => connection.items.set(id, new Y.Map([['text', id]])));
}

describe('unsent changes', () => {
  afterEach(() => localStorage.clear());

  it('counts local board changes made before the server confirmed a sync, and resets on resync', () => {
    const { connection, board } = open();
    let notified = 0;
    connection.subscribeSync(() => (notified += 1));
    addNote(connection, 'a');
    addNote(connection, 'b');
    expect(connection.getSync()).toEqual({ online: true, unsent: 2 });
    expect(notified).toBe(2);

    board.synced = true;
    expect(connection.getSync().unsent).toBe(0);
    // While synced and online, a change goes out at once: nothing waits.
    addNote(connection, 'c');
    expect(connection.getSync().unsent).toBe(0);
    connection.destroy();
  });

  it('does not count what arrives from the server', () => {
    const { connection, board } = open();
    const remote = new Y.Doc();
    remote.getMap('items').set('r', 'x');
    Y.applyUpdate(connection.boardDoc, Y.encodeStateAsUpdate(remote), board);
    expect(connection.getSync().unsent).toBe(0);
    connection.destroy();
  });

  it('goes offline with the browser, counts changes made then, and keeps the count over a reload', () => {
    const { connection, board } = open('w-reload');
    board.synced = true;
    window.dispatchEvent(new Event('offline'));
    expect(connection.getSync().online).toBe(false);
    addNote(connection, 'offline-1');
    expect(connection.getSync().unsent).toBe(1);
    connection.destroy();

    const reloaded = open('w-reload').connection;
    expect(reloaded.getSync().unsent).toBe(1);
    window.dispatchEvent(new Event('online'));
    expect(reloaded.getSync().online).toBe(true);
    reloaded.destroy();
  });
});

describe('forgetting a workshop on this device', () => {
  it('drops its offline copy and unsent count', () => {
    useSessionStore.getState().remember('w-forget', {
      token: 't',
      participantId: 'p',
      facilitator: false,
      name: null,
      role: 'annet',
      joinCode: null,
    });
    writeUnsentCount('w-forget', 3);
    useSessionStore.getState().forget('w-forget');
    expect(readUnsentCount('w-forget')).toBe(0);
  });
});
