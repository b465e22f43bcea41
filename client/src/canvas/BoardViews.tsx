import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasBoardProps } from './contract';

// Konva and react-konva arrive with the canvas, not with the page that may show it.
const CanvasBoard = lazy(() => import('./CanvasBoard').then((m) => ({ default: m.CanvasBoard })));

/** The canvas, loaded when it is first shown. */
export function BoardViews(props: CanvasBoardProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="canvas-loading">{t('layout.pageLoading')}</p>}>
      <CanvasBoard {...props} />
    </Suspense>
  );
}
