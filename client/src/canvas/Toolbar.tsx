import { NOTE_COLORS, type ShapeKind } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { CanvasController } from './controller';
import { NOTE_FILLS } from './render/style';
import { TOOL_IDS, WRITING_TOOLS } from './tools';
import { useCanvas } from './use-canvas';

const SHAPES: ShapeKind[] = ['rectangle', 'ellipse', 'diamond'];

/** Tools, history, zoom and the style of new notes and shapes; every control has a name in nb, nn and en. */
export function Toolbar({
  controller,
  readOnly,
  frames,
  onAfter,
}: {
  controller: CanvasController;
  readOnly: boolean;
  frames: { id: string; label: string }[];
  /** Give keyboard focus back to the canvas after a toolbar action. */
  onAfter: () => void;
}) {
  const { t } = useTranslation();
  const tool = useCanvas(controller, (s) => s.tool);
  const scale = useCanvas(controller, (s) => s.viewport.scale);
  const noteColor = useCanvas(controller, (s) => s.noteColor);
  const shapeKind = useCanvas(controller, (s) => s.shapeKind);
  const hasSelection = useCanvas(controller, (s) => s.selection.length > 0);
  const run = (action: () => void) => () => {
    action();
    onAfter();
  };

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
      {/* One tool at a time: a radio group (like a segmented control), each with its name. */}
      <div className="canvas-toolbar-group" role="radiogroup" aria-label={t('canvas.toolbar')}>
        {TOOL_IDS.map((id) => (
          <button
            key={id}
            type="button"
            role="radio"
            aria-checked={tool === id}
            disabled={readOnly && WRITING_TOOLS.has(id)}
            onClick={run(() => controller.setTool(id))}
          >
            {t(`canvas.tools.${id}`)}
          </button>
        ))}
      </div>
      <div className="canvas-toolbar-group">
        <button type="button" disabled={readOnly} onClick={run(() => controller.undo())}>
          {t('canvas.undo')}
        </button>
        <button type="button" disabled={readOnly} onClick={run(() => controller.redo())}>
          {t('canvas.redo')}
        </button>
        <button
          type="button"
          disabled={readOnly || !hasSelection}
          onClick={run(() => controller.deleteSelection())}
        >
          {t('canvas.delete')}
        </button>
        <button
          type="button"
          disabled={readOnly || !hasSelection}
          onClick={run(() => controller.duplicateSelection())}
        >
          {t('canvas.duplicate')}
        </button>
        <button
          type="button"
          disabled={readOnly || !hasSelection}
          onClick={run(() => controller.restack('forward'))}
        >
          {t('canvas.forward')}
        </button>
        <button
          type="button"
          disabled={readOnly || !hasSelection}
          onClick={run(() => controller.restack('back'))}
        >
          {t('canvas.back')}
        </button>
      </div>
      <div className="canvas-toolbar-group" role="group" aria-label={t('canvas.noteColor')}>
        {NOTE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className="canvas-swatch"
            aria-label={t(`canvas.colors.${color}`)}
            title={t(`canvas.colors.${color}`)}
            aria-pressed={noteColor === color}
            style={{ background: NOTE_FILLS[color] }}
            onClick={run(() => {
              controller.store.setState({ noteColor: color });
              if (!readOnly) controller.writes.setColor(controller.state.selection, color);
            })}
          />
        ))}
      </div>
      <label className="canvas-toolbar-group">
        <span>{t('canvas.shapeKind')}</span>
        <select
          value={shapeKind}
          onChange={(e) => controller.store.setState({ shapeKind: e.target.value as ShapeKind })}
        >
          {SHAPES.map((shape) => (
            <option key={shape} value={shape}>
              {t(`canvas.shapes.${shape}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="canvas-toolbar-group">
        <button type="button" onClick={run(() => controller.zoomBy(0.8))}>
          {t('canvas.zoomOut')}
        </button>
        <output aria-live="off" className="canvas-zoom-level">
          {t('canvas.zoomLevel', { percent: Math.round(scale * 100) })}
        </output>
        <button type="button" onClick={run(() => controller.zoomBy(1.25))}>
          {t('canvas.zoomIn')}
        </button>
        <button type="button" onClick={run(() => controller.zoomToFit())}>
          {t('canvas.zoomFit')}
        </button>
        <select
          aria-label={t('canvas.zoomFrame')}
          value=""
          onChange={(e) => {
            controller.zoomToRect(controller.model.rectOf(e.target.value) ?? null);
            onAfter();
          }}
        >
          <option value="">{t('canvas.zoomFrameNone')}</option>
          {frames.map((frame) => (
            <option key={frame.id} value={frame.id}>
              {frame.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
