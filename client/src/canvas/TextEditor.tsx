import { useTranslation } from 'react-i18next';
import { kindOf } from '../kinds';
import type { CanvasController } from './controller';
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
  const field = item ? kindOf(item).edit : null;
  if (!editing || !item || !field) return null;

  const value = field.value(item);
  const band = field.band ?? item.h;
  const fontSize = Math.max(12, Math.min(32, field.fontPx * viewport.scale));
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
      maxLength={field.max}
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
        height: Math.max(40, band * viewport.scale),
        fontSize,
        background: field.background(item),
      }}
    />
  );
}
