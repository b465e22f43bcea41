import { useTranslation } from 'react-i18next';
import type { CanvasController } from './controller';
import { useCanvas } from './use-canvas';

/**
 * The corner zoom control: out, the percentage (a click is 100 %), in, the
 * phase being viewed, everything. Each one click, and one key (in the tooltip).
 */
export function ZoomWidget({
  controller,
  compact = false,
  onAfter,
}: {
  controller: CanvasController;
  compact?: boolean;
  onAfter: () => void;
}) {
  const { t } = useTranslation();
  const scale = useCanvas(controller, (s) => s.viewport.scale);
  const percent = Math.round(scale * 100);
  const run = (action: () => void) => () => {
    action();
    onAfter();
  };
  const tip = (name: string, keys: string) => t('layout.withShortcut', { name, keys });

  return (
    <div className="canvas-zoom" role="group" aria-label={t('layout.zoom')}>
      <button
        type="button"
        className="palette-button"
        aria-keyshortcuts="Control+- -"
        data-tip={tip(t('layout.zoomOut'), 'Ctrl+−')}
        onClick={run(() => controller.zoomBy(0.8))}
      >
        <span aria-hidden="true">−</span>
        <span className="visually-hidden">{t('layout.zoomOut')}</span>
      </button>
      <button
        type="button"
        className="palette-button zoom-percent"
        aria-label={`${t('canvas.zoomLevel', { percent })}. ${t('layout.zoomReset')}`}
        aria-keyshortcuts="Control+0 Shift+0"
        data-tip={tip(t('layout.zoomReset'), 'Ctrl+0')}
        onClick={run(() => controller.zoomReset())}
      >
        {t('layout.zoomPercent', { percent })}
      </button>
      <button
        type="button"
        className="palette-button"
        aria-keyshortcuts="Control++ +"
        data-tip={tip(t('layout.zoomIn'), 'Ctrl++')}
        onClick={run(() => controller.zoomBy(1.25))}
      >
        <span aria-hidden="true">+</span>
        <span className="visually-hidden">{t('layout.zoomIn')}</span>
      </button>
      <button
        type="button"
        className="palette-button zoom-text"
        aria-keyshortcuts="Shift+2"
        data-tip={tip(t('layout.fitPhase'), 'Shift+2')}
        onClick={run(() => controller.zoomToSelectionOrPhase())}
      >
        {t('layout.fitPhase')}
      </button>
      {!compact && (
        <button
          type="button"
          className="palette-button zoom-text"
          aria-keyshortcuts="Shift+1"
          data-tip={tip(t('layout.fitAll'), 'Shift+1')}
          onClick={run(() => controller.zoomToFit())}
        >
          {t('layout.fitAll')}
        </button>
      )}
    </div>
  );
}
