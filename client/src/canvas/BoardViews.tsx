import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type * as CanvasBoardModule from './CanvasBoard';
import type { CanvasBoardProps } from './contract';

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

/** The canvas, loaded when it is first shown. */
export function BoardViews(props: CanvasBoardProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="canvas-loading">{t('layout.pageLoading')}</p>}>
      <CanvasBoard {...props} />
    </Suspense>
  );
}
