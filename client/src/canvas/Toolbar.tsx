import { NOTE_COLORS, type ShapeKind } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { CanvasController } from './controller';
import { NOTE_FILLS } from './render/style';
import { ToolIcon } from './tool-icons';
import { TOOL_IDS, WRITING_TOOLS, type ToolId } from './tools';
import { useCanvas } from './use-canvas';

const SHAPES: ShapeKind[] = ['rectangle', 'ellipse', 'diamond'];

/** The key of each tool (keyboard.ts), shown in its tooltip. */
const TOOL_KEYS: Record<ToolId, string> = {
  select: 'V',
  hand: 'H',
  note: 'N',
  text: 'T',
  shape: 'S',
  connector: 'C',
  frame: 'F',
  pen: 'P',
};

/** What a phone needs: look, move around, write a note. */
const PHONE_TOOLS: readonly ToolId[] = ['select', 'hand', 'note'];

/**
 * One compact palette floating over the canvas: the tools as icons (each with
 * its name and, in the tooltip, its key), undo and redo, and what applies to
 * the selection or the tool in hand. `compact` is the phone's: fewer tools.
 */
export function Toolbar({
  controller,
  readOnly,
  compact = false,
  onAfter,
}: {
  controller: CanvasController;
  readOnly: boolean;
  compact?: boolean;
  /** Give keyboard focus back to the canvas after a toolbar action. */
  onAfter: () => void;
}) {
  const { t } = useTranslation();
  const tool = useCanvas(controller, (s) => s.tool);
  const noteColor = useCanvas(controller, (s) => s.noteColor);
  const shapeKind = useCanvas(controller, (s) => s.shapeKind);
  const hasSelection = useCanvas(controller, (s) => s.selection.length > 0);
  const run = (action: () => void) => () => {
    action();
    onAfter();
  };
  const tip = (name: string, keys: string) => t('layout.withShortcut', { name, keys });
  const tools = compact ? PHONE_TOOLS : TOOL_IDS;
  const showColors = !compact && (tool === 'note' || hasSelection);

  return (
    <div className="canvas-palette" role="toolbar" aria-label={t('canvas.toolbar')}>
      {/* One tool at a time: a radio group (like a segmented control), each with its name. */}
      <div className="palette-group" role="radiogroup" aria-label={t('canvas.toolbar')}>
        {tools.map((id) => (
          <button
            key={id}
            type="button"
            role="radio"
            className="palette-button"
            aria-checked={tool === id}
            aria-keyshortcuts={TOOL_KEYS[id]}
            data-tip={tip(t(`canvas.tools.${id}`), TOOL_KEYS[id])}
            disabled={readOnly && WRITING_TOOLS.has(id)}
            onClick={run(() => controller.setTool(id))}
          >
            <ToolIcon name={id} />
            <span className="visually-hidden">{t(`canvas.tools.${id}`)}</span>
          </button>
        ))}
      </div>
      <div className="palette-group">
        <IconButton
          icon="undo"
          label={t('canvas.undo')}
          tip={tip(t('canvas.undo'), 'Ctrl+Z')}
          disabled={readOnly}
          onClick={run(() => controller.undo())}
        />
        <IconButton
          icon="redo"
          label={t('canvas.redo')}
          tip={tip(t('canvas.redo'), 'Ctrl+Shift+Z')}
          disabled={readOnly}
          onClick={run(() => controller.redo())}
        />
      </div>
      {hasSelection && (
        <div className="palette-group" role="group" aria-label={t('layout.selection')}>
          <IconButton
            icon="delete"
            label={t('canvas.delete')}
            tip={tip(t('canvas.delete'), 'Delete')}
            disabled={readOnly}
            onClick={run(() => controller.deleteSelection())}
          />
          {!compact && (
            <>
              <IconButton
                icon="duplicate"
                label={t('canvas.duplicate')}
                tip={tip(t('canvas.duplicate'), 'Ctrl+D')}
                disabled={readOnly}
                onClick={run(() => controller.duplicateSelection())}
              />
              <IconButton
                icon="forward"
                label={t('canvas.forward')}
                tip={tip(t('canvas.forward'), 'Ctrl+]')}
                disabled={readOnly}
                onClick={run(() => controller.restack('forward'))}
              />
              <IconButton
                icon="back"
                label={t('canvas.back')}
                tip={tip(t('canvas.back'), 'Ctrl+[')}
                disabled={readOnly}
                onClick={run(() => controller.restack('back'))}
              />
            </>
          )}
        </div>
      )}
      {showColors && (
        <div className="palette-group" role="group" aria-label={t('canvas.noteColor')}>
          {NOTE_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              className="canvas-swatch"
              aria-label={t(`canvas.colors.${color}`)}
              data-tip={t(`canvas.colors.${color}`)}
              aria-pressed={noteColor === color}
              style={{ background: NOTE_FILLS[color] }}
              onClick={run(() => {
                controller.store.setState({ noteColor: color });
                if (!readOnly) controller.writes.setColor(controller.state.selection, color);
              })}
            />
          ))}
        </div>
      )}
      {!compact && tool === 'shape' && (
        <div className="palette-group">
          <select
            aria-label={t('canvas.shapeKind')}
            value={shapeKind}
            onChange={(e) => controller.store.setState({ shapeKind: e.target.value as ShapeKind })}
          >
            {SHAPES.map((shape) => (
              <option key={shape} value={shape}>
                {t(`canvas.shapes.${shape}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}

function IconButton({
  icon,
  label,
  tip,
  disabled,
  onClick,
}: {
  icon: Parameters<typeof ToolIcon>[0]['name'];
  label: string;
  tip: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="palette-button"
      data-tip={tip}
      disabled={disabled}
      onClick={onClick}
    >
      <ToolIcon name={icon} />
      {/* Named by content, not aria-label: a search for a form field's label does not find a tool. */}
      <span className="visually-hidden">{label}</span>
    </button>
  );
}
