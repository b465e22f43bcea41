import { lazy, Suspense, useEffect, useState } from 'react';
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

const worthDrawing = (picture: BoardPicture | null | undefined): picture is BoardPicture =>
  !!picture && picture.layers.length + picture.frames.length > 0;

/**
 * The canvas, loaded when it is first shown. Its place is held by the
 * board's picture (boxes and colours, fetched beside the socket, JOIN-9)
 * until the live canvas has drawn the document: the picture is painted
 * first, and only then does the live canvas mount (Konva's mount and the
 * document's integration are the slow part of a big board's join). A view
 * set from outside (a breakout group's frame, following someone), no
 * picture, or a document that is in while the picture is still on its way:
 * the live canvas at once.
 */
export function BoardViews(props: CanvasBoardProps) {
  const { t } = useTranslation();
  const { connection, focusRect, viewportRequest } = props;
  const control = useControlState(connection.workshop);
  const [start] = useState(() => {
    const loaded = connection.loadedPicture;
    if (focusRect || viewportRequest || loaded === null) return { picture: null, live: true };
    if (loaded === undefined) return { picture: null, live: connection.items.size > 0 };
    return worthDrawing(loaded) ? { picture: loaded, live: false } : { picture: null, live: true };
  });
  const [picture, setPicture] = useState<BoardPicture | null>(start.picture);
  const [mountLive, setMountLive] = useState(start.live);
  const [live, setLive] = useState(false);

  useEffect(() => {
    if (mountLive || picture) return;
    let current = true;
    void connection.boardPicture.then((loaded) => {
      if (!current) return;
      if (worthDrawing(loaded)) setPicture(loaded);
      else setMountLive(true);
    });
    // The document may come first (a slow or refused picture): then the live canvas at once.
    const arrived = () => {
      if (current && connection.items.size > 0) setMountLive(true);
    };
    connection.items.observe(arrived);
    return () => {
      current = false;
      connection.items.unobserve(arrived);
    };
  }, [connection, mountLive, picture]);

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

  const loading = <p className="canvas-loading">{t('layout.pageLoading')}</p>;
  const pictureUp = picture !== null && !live;
  return (
    <>
      {mountLive ? (
        <Suspense fallback={pictureUp ? null : loading}>
          <CanvasBoard {...props} onFirstPaint={() => setLive(true)} />
        </Suspense>
      ) : (
        !picture && loading
      )}
      {pictureUp && (
        <>
          <BoardPictureCanvas
            picture={picture}
            phase={props.phase ?? control.phase}
            insets={props.insets}
            onShown={() => setMountLive(true)}
          />
          <p className="visually-hidden" role="status">
            {t('layout.pageLoading')}
          </p>
        </>
      )}
    </>
  );
}
