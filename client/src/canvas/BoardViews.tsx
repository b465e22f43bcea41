import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import type { BoardPicture } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { useControlState } from '../sync';
import type * as CanvasBoardModule from './CanvasBoard';
import type { CanvasBoardProps } from './contract';
import { BoardPictureCanvas } from './picture/BoardPictureCanvas';

type CanvasModule = typeof CanvasBoardModule;
let canvasModule: Promise<CanvasModule> | null = null;

// Konva and react-konva arrive with the canvas, not with the page that may show it.
function loadCanvas(): Promise<CanvasModule> {
  canvasModule ??= import('./CanvasBoard').catch((error: unknown) => {
    canvasModule = null; // a failed fetch is tried again when the canvas is shown
    throw error;
  });
  return canvasModule;
}

const CanvasBoard = lazy(() => loadCanvas().then((m) => ({ default: m.CanvasBoard })));

/**
 * Start fetching the canvas's code now, before it is shown: the board page
 * does at once, so that a phone, which opens on the writing tab, has Konva
 * parsed while the board's data arrives rather than after the tap on
 * "Tavla" (issue 21).
 */
export function preloadCanvas(): void {
  loadCanvas().catch(() => {});
}

/** Longest the live canvas waits behind a shown picture for the board's state: a safety net, not a timing. */
const LIVE_BEHIND_PICTURE_LIMIT_MS = 10_000;

const worthDrawing = (picture: BoardPicture | null | undefined): picture is BoardPicture =>
  !!picture && picture.layers.length + picture.frames.length > 0;

/**
 * Whether the board's state is in (or `LIVE_BEHIND_PICTURE_LIMIT_MS` has passed
 * since `waiting` began, or the server refused the connection): when a live canvas
 * behind a shown picture may mount.
 */
function useBoardIn(connection: CanvasBoardProps['connection'], waiting: boolean): boolean {
  const [boardIn, setBoardIn] = useState(() => connection.boardSynced);
  useEffect(() => {
    if (boardIn || !waiting) return;
    const check = () => {
      const state = connection.getState();
      if (connection.boardSynced || state === 'gone' || state === 'unauthorized') setBoardIn(true);
    };
    check();
    const limit = setTimeout(() => setBoardIn(true), LIVE_BEHIND_PICTURE_LIMIT_MS);
    const unsubscribe = connection.subscribe(check);
    return () => {
      clearTimeout(limit);
      unsubscribe();
    };
  }, [connection, boardIn, waiting]);
  return boardIn;
}

/**
 * The canvas, loaded when it is first shown, with the board's picture
 * (boxes and colours, fetched beside the socket, JOIN-9) over its place
 * until it has drawn the document. A picture that is here already is painted
 * first and the live canvas mounts only once it is on screen (Konva's mount
 * and the document's integration are the slow part of a big board's join:
 * a phone tapping "Tavla"); one still on its way does not hold the live
 * canvas back, and is laid over it when it comes, if the live canvas has
 * not drawn by then. Behind a picture, the live canvas mounts once the
 * board's state is in (every part of it, JOIN-11): its model would hear
 * the parts only at the end anyway (they are held), and Konva's mount (its
 * canvases: ≈ 0.75 s of the bench's slowed phone) then does not fall
 * between the parts, where a tap should be answered; mounting it during the
 * parts instead gave the live canvas no sooner (BENCHMARKS.md, 2026-12-03
 * evening). `LIVE_BEHIND_PICTURE_LIMIT_MS` is the safety net for a board
 * that never syncs. A view set from outside (a breakout group's frame,
 * following someone) is another first view: no picture.
 */
export function BoardViews(props: CanvasBoardProps) {
  const { t } = useTranslation();
  const { connection, focusRect, viewportRequest } = props;
  const control = useControlState(connection.workshop);
  const [ownView] = useState(() => !focusRect && !viewportRequest);
  const [picture, setPicture] = useState<BoardPicture | null>(() =>
    ownView && worthDrawing(connection.loadedPicture) ? connection.loadedPicture : null,
  );
  const [pictureShown, setPictureShown] = useState(false);
  const [live, setLive] = useState(false);
  const boardIn = useBoardIn(connection, pictureShown);
  // Once mounted, the live canvas stays (a picture that comes later is laid over it).
  const [liveMounted, setLiveMounted] = useState(picture === null);
  const mountLive = liveMounted || (pictureShown && boardIn);
  if (mountLive && !liveMounted) setLiveMounted(true);

  useEffect(() => {
    if (!ownView || picture || live) return;
    let current = true;
    void connection.boardPicture.then((loaded) => {
      if (current && worthDrawing(loaded)) setPicture(loaded);
    });
    return () => {
      current = false;
    };
  }, [connection, ownView, picture, live]);

  // A board emptied since its picture was taken never draws a first frame with items.
  useEffect(() => {
    if (!picture || live) return;
    const check = () => {
      const state = connection.getState();
      if ((state === 'connected' && connection.items.size === 0) || state === 'gone') setLive(true);
    };
    check();
    return connection.subscribe(check);
  }, [connection, picture, live]);

  // Until the picture is drawn, the board's initial state waits (JOIN-10): integrating
  // it is one long task that would paint the picture only after it. Once drawn, the
  // gate's wait for the next paint is enough: that frame shows it.
  const [drawn, setDrawn] = useState(false);
  const holding = picture !== null && !live && !drawn;
  useLayoutEffect(() => (holding ? connection.viewGate.hold() : undefined), [connection, holding]);

  const loading = <p className="canvas-loading">{t('layout.pageLoading')}</p>;
  const pictureUp = picture !== null && !live;
  return (
    <>
      {mountLive && (
        <Suspense fallback={pictureUp ? null : loading}>
          <CanvasBoard {...props} onFirstPaint={() => setLive(true)} />
        </Suspense>
      )}
      {pictureUp && (
        <>
          <BoardPictureCanvas
            picture={picture}
            phase={props.phase ?? control.phase}
            insets={props.insets}
            onDrawn={() => setDrawn(true)}
            onShown={() => setPictureShown(true)}
          />
          <p className="visually-hidden" role="status">
            {t('layout.pageLoading')}
          </p>
        </>
      )}
    </>
  );
}
