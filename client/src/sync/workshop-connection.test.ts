import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkshopConnection } from './workshop-connection';

/** A socket that never opens: the server refuses it with `closeCode`. */
function refusingSocket(closeCode: number, opened: string[]) {
  return class RefusedSocket {
    static readonly OPEN = 1;
    readonly OPEN = 1;
    readyState = 0;
    binaryType = 'arraybuffer';
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onopen: (() => void) | null = null;
    onmessage: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {
      opened.push(url);
      setTimeout(() => this.onclose?.({ code: closeCode, reason: '' }), 0);
    }
    send() {}
    close() {}
  } as unknown as typeof WebSocket;
}

describe('WorkshopConnection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens the board and control rooms with the token, and starts as connecting', () => {
    const opened: string[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'secret',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: refusingSocket(1006, opened),
    });
    expect(opened).toEqual([
      'ws://example.test/ws/workshops/w1/board?token=secret&sync=v2parts',
      'ws://example.test/ws/workshops/w1/control?token=secret&sync=v2parts',
    ]);
    expect(connection.getState()).toBe('connecting');
    connection.destroy();
  });

  it('says the session is no longer valid on close code 4401, and stops retrying', async () => {
    const opened: string[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'expired',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: refusingSocket(4401, opened),
    });
    const changes = vi.fn();
    connection.subscribe(changes);

    await vi.advanceTimersByTimeAsync(10_000);

    expect(connection.getState()).toBe('unauthorized');
    expect(changes).toHaveBeenCalled();
    expect(opened).toHaveLength(2);
    connection.destroy();
  });

  it('asks over HTTP when the upgrade keeps failing, and says so when the token is refused', async () => {
    const verifySession = vi.fn(async () => false);
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'expired',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: refusingSocket(1006, []),
      verifySession,
    });

    await vi.advanceTimersByTimeAsync(2_000);

    expect(verifySession).toHaveBeenCalledTimes(1);
    expect(connection.getState()).toBe('unauthorized');
    connection.destroy();
  });

  it('says the workshop is gone when its board connects only after it was deleted', async () => {
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'was-fine',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: refusingSocket(1006, []),
      verifySession: async () => 'gone' as const,
    });

    await vi.advanceTimersByTimeAsync(2_000);

    expect(connection.getState()).toBe('gone');
    connection.destroy();
  });

  it('counts as offline, not refused, when the network is down and the token cannot be checked', async () => {
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'fine',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: refusingSocket(1006, []),
      verifySession: async () => null,
    });

    await vi.advanceTimersByTimeAsync(2_000);

    expect(connection.getState()).toBe('reconnecting');
    connection.destroy();
  });

  it('JOIN-7: only a connection that is asked to (the board page) fetches the board picture', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('{}', { status: 404 }));
    const open = (boardPicture: boolean) =>
      new WorkshopConnection({
        workshopId: 'w1',
        token: 'tok',
        boardPicture,
        WebSocketPolyfill: refusingSocket(1006, []),
      });
    const consolePage = open(false);
    expect(await consolePage.boardPicture).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
    const board = open(true);
    expect(await board.boardPicture).toBeNull(); // refused: no picture, the live canvas paints
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toMatch(/\/api\/workshops\/w1\/board\/picture$/);
    consolePage.destroy();
    board.destroy();
    fetchMock.mockRestore();
  });
});
