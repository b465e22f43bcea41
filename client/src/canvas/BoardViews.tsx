import { useDeferredValue, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CanvasBoard } from './CanvasBoard';
import type { CanvasBoardProps } from './contract';

/** Phone-sized: the list and the composer come first there (the canvas is one tap away). */
const PHONE = '(max-width: 640px)';

function subscribePhone(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribePhone,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

/**
 * The board's two views: the canvas with the list under it, or the list
 * alone (the canvas's accessible twin, and what a phone shows first). The
 * choice is this page's, not stored.
 */
export function BoardViews({ list, ...canvas }: CanvasBoardProps & { list: ReactNode }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [chosen, setChosen] = useState<'canvas' | 'list' | null>(null);
  const view = chosen ?? (phone ? 'list' : 'canvas');
  // Under the canvas the list renders in the background (interruptible): 5,000 list
  // items must not hold up the canvas's first paint or its frames.
  const deferredList = useDeferredValue(list);

  return (
    <div className={`board-views board-views-${view}`}>
      {phone && view === 'list' ? (
        <button type="button" className="board-open-canvas" onClick={() => setChosen('canvas')}>
          {t('canvas.openCanvas')}
        </button>
      ) : (
        <div className="board-view-switch" role="group" aria-label={t('canvas.viewSwitch')}>
          <button
            type="button"
            aria-pressed={view === 'canvas'}
            onClick={() => setChosen('canvas')}
          >
            {t('canvas.showCanvas')}
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setChosen('list')}>
            {t('canvas.showList')}
          </button>
        </div>
      )}
      {view === 'canvas' && <CanvasBoard {...canvas} />}
      {/* The list stays under the canvas: the same board for keyboards and screen readers. */}
      {view === 'canvas' ? <div className="board-views-twin">{deferredList}</div> : list}
    </div>
  );
}
