import { LIMITS } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { CanvasController } from './controller';
import { NOTE_FILLS } from './render/style';
import { useCanvas } from './use-canvas';

/**
 * Edit in place: a real textarea laid over the item (screen readers, IME,
 * spell-check and mobile keyboards all work). Saved when it loses focus or
 * on Escape / Ctrl+Enter.
 */
export function TextEditor({
  controller,
  onDone,
}: {
  controller: CanvasController;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const editing = useCanvas(controller, (s) => s.editing);
  const viewport = useCanvas(controller, (s) => s.viewport);
  const item = editing ? controller.model.items.get(editing) : undefined;
  if (!editing || !item || item.type === 'connector' || item.type === 'drawing') return null;

  const value =
    item.type === 'frame' ? item.title : item.type === 'image' ? item.alt : (item.text ?? '');
  const max =
    item.type === 'frame'
      ? LIMITS.titleLength
      : item.type === 'image'
        ? 500
        : LIMITS.itemTextLength;
  const frameBand = item.type === 'frame' ? 80 : item.h;
  const fontSize = Math.max(12, Math.min(32, (item.type === 'frame' ? 32 : 20) * viewport.scale));
  const finish = (text: string) => {
    controller.stopEditing(text);
    onDone();
  };

  return (
    <textarea
      key={editing}
      className="canvas-text-editor"
      aria-label={t('canvas.editText')}
      defaultValue={value}
      maxLength={max}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onBlur={(e) => {
        if (controller.state.editing === editing) finish(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          finish(e.currentTarget.value);
        }
      }}
      style={{
        left: item.x * viewport.scale + viewport.x,
        top: item.y * viewport.scale + viewport.y,
        width: Math.max(80, item.w * viewport.scale),
        height: Math.max(40, frameBand * viewport.scale),
        fontSize,
        background: item.type === 'note' ? NOTE_FILLS[item.color] : '#ffffff',
      }}
    />
  );
}
