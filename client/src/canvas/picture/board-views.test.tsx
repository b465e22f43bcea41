import { boardPictureOf, type BoardPicture } from '@moteplass/shared';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Session } from '../../session';
import type { WorkshopConnection } from '../../sync';
import { fetchBoardPicture } from '../../sync/board-picture';
import { ViewGate } from '../../sync/view-gate';
import type { CanvasBoardProps } from '../contract';

// The live canvas, as a stand-in: mounted or not, and its first frame on cue.
const live = vi.hoisted(() => ({ mounted: 0, paint: null as null | (() => void) }));
vi.mock('../CanvasBoard', () => ({
  CanvasBoard: (props: CanvasBoardProps) => {
    live.mounted += 1;
    live.paint = props.onFirstPaint ?? null;
    return <div data-testid="live-canvas" />;
  },
}));
const { BoardViews } = await import('../BoardViews');

const picture: BoardPicture = boardPictureOf([
  ['n', (name) => ({ type: 'note', x: 0, y: 0, w: 160, h: 160, phase: 'explore' })[name as 'type']],
]);

/** How a fake connection's board state arrives (all its parts, JOIN-11). */
const arrivals = new WeakMap<WorkshopConnection, () => void>();

function fakeConnection(loaded: Promise<BoardPicture | null>) {
  const boardDoc = new Y.Doc();
  const listeners = new Set<() => void>();
  const connection = {
    items: boardDoc.getMap('items'),
    workshop: new Y.Doc().getMap('workshop'),
    boardPicture: loaded,
    loadedPicture: undefined as BoardPicture | null | undefined,
    viewGate: new ViewGate(),
    boardSynced: false,
    getState: () => 'connecting',
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  void loaded.then((p) => (connection.loadedPicture = p));
  const fake = connection as unknown as WorkshopConnection;
  arrivals.set(fake, () => {
    connection.boardSynced = true;
    for (const listener of [...listeners]) listener();
  });
  return fake;
}

const boardArrives = (connection: WorkshopConnection) =>
  act(async () => arrivals.get(connection)?.());

const session = { token: 't', participantId: 'p', role: 'innbygger' } as unknown as Session;

describe('BoardViews and the board picture', () => {
  let frames: FrameRequestCallback[];
  let drawn = 0;
  beforeEach(() => {
    live.mounted = 0;
    live.paint = null;
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    // jsdom has no 2D canvas: one that accepts every call.
    drawn = 0;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () =>
        new Proxy(
          {},
          {
            get: (_t, key) =>
              key === 'canvas' ? undefined : key === 'fill' ? () => (drawn += 1) : () => {},
          },
        ) as never,
    );
    Object.defineProperty(HTMLCanvasElement.prototype, 'clientWidth', {
      value: 375,
      configurable: true,
    });
    Object.defineProperty(HTMLCanvasElement.prototype, 'clientHeight', {
      value: 600,
      configurable: true,
    });
  });
  afterEach(() => vi.restoreAllMocks());

  const flushFrames = async () => {
    await act(async () => {
      for (let round = 0; round < 3; round++) for (const frame of frames.splice(0)) frame(0);
    });
  };

  it("JOIN-9, JOIN-10, JOIN-11: a picture that is here paints first, holding the board's initial state until it is shown; the live canvas mounts once the board is in, and the picture goes at its first frame", async () => {
    const connection = fakeConnection(Promise.resolve(picture));
    await connection.boardPicture; // it came before the tap on "Tavla"
    const view = render(
      <BoardViews connection={connection} session={session} workshopId="w" readOnly={false} />,
    );
    expect(view.container.querySelector('canvas.board-picture')).not.toBeNull();
    expect(live.mounted).toBe(0);
    expect(performance.getEntriesByName('moteplass:picture-painted')).toHaveLength(0);
    // Drawn in the commit that opened the view: the initial state, held until then, waits
    // only for the next paint now (the gate's own wait, tested in sync/).
    expect(drawn).toBeGreaterThan(0);
    expect(connection.viewGate.held).toBe(false);

    await flushFrames();
    expect(performance.getEntriesByName('moteplass:picture-painted').length).toBeGreaterThan(0);
    // The live canvas mounts behind the shown picture once the whole board is in (JOIN-11).
    expect(view.queryByTestId('live-canvas')).toBeNull();
    await boardArrives(connection);
    expect(view.getByTestId('live-canvas')).toBeTruthy();
    // Until the live canvas has drawn, the picture stays over it.
    expect(view.container.querySelector('canvas.board-picture')).not.toBeNull();
    await act(async () => live.paint?.());
    expect(view.container.querySelector('canvas.board-picture')).toBeNull();
  });

  it('JOIN-9: a picture on its way holds nothing back; it is laid over the live canvas if that has not drawn yet', async () => {
    let arrive: (p: BoardPicture) => void = () => {};
    const connection = fakeConnection(new Promise((resolve) => (arrive = resolve)));
    const view = render(
      <BoardViews connection={connection} session={session} workshopId="w" readOnly={false} />,
    );
    expect(view.getByTestId('live-canvas')).toBeTruthy();
    await act(async () => arrive(picture));
    expect(connection.viewGate.held).toBe(false);
    expect(view.container.querySelector('canvas.board-picture')).not.toBeNull();
    await act(async () => live.paint?.());
    expect(view.container.querySelector('canvas.board-picture')).toBeNull();

    // Once the live canvas has drawn, a late picture is not shown at all.
    let late: (p: BoardPicture) => void = () => {};
    const second = fakeConnection(new Promise((resolve) => (late = resolve)));
    const again = render(
      <BoardViews connection={second} session={session} workshopId="w" readOnly={false} />,
    );
    await act(async () => live.paint?.());
    await act(async () => late(picture));
    expect(again.container.querySelector('canvas.board-picture')).toBeNull();
  });

  it('JOIN-9: no picture, or a view set from outside: the live canvas only', async () => {
    const none = fakeConnection(Promise.resolve(null));
    await none.boardPicture;
    const a = render(
      <BoardViews connection={none} session={session} workshopId="w" readOnly={false} />,
    );
    expect(a.getByTestId('live-canvas')).toBeTruthy();
    expect(a.container.querySelector('canvas.board-picture')).toBeNull();
    a.unmount();

    const group = fakeConnection(Promise.resolve(picture));
    await group.boardPicture;
    const c = render(
      <BoardViews
        connection={group}
        session={session}
        workshopId="w"
        readOnly={false}
        focusRect={{ rect: { x: 0, y: 0, w: 10, h: 10 }, key: 'g1' }}
      />,
    );
    expect(c.getByTestId('live-canvas')).toBeTruthy();
    expect(c.container.querySelector('canvas.board-picture')).toBeNull();
  });
});

describe('fetching the board picture', () => {
  afterEach(() => vi.restoreAllMocks());

  it('JOIN-9: asks with the session token, and gives null for a refusal, a malformed body or no network', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(JSON.stringify(picture), { status: 200 }))
      .mockResolvedValueOnce(new Response('{"error":{}}', { status: 401 }))
      .mockResolvedValueOnce(new Response('{"v":2}', { status: 200 }))
      .mockRejectedValueOnce(new TypeError('offline'));
    expect(await fetchBoardPicture('https://m.test', 'w 1', 'tok')).toEqual(picture);
    expect(fetchMock.mock.calls[0]![0]).toBe('https://m.test/api/workshops/w%201/board/picture');
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ headers: { authorization: 'Bearer tok' } });
    expect(await fetchBoardPicture('https://m.test', 'w', 'bad')).toBeNull();
    expect(await fetchBoardPicture('https://m.test', 'w', 'tok')).toBeNull();
    expect(await fetchBoardPicture('https://m.test', 'w', 'tok')).toBeNull();
  });
});
