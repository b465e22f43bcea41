import { LIMITS } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { NOTE_SIZE } from '../kinds';
import type { CanvasController } from './controller';
import { NOTE_FILLS } from './render/style';
import { useCanvas } from './use-canvas';

/**
 * Silent writing: the note tool opens this instead of putting a note on the
 * shared board. What is written here goes to the person's private drafts
 * (`onSave`); nothing of it enters the board document before the reveal.
 */
export function DraftNoteEditor({
  controller,
  onSave,
  onDone,
}: {
  controller: CanvasController;
  onSave: (text: string) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const at = useCanvas(controller, (s) => s.draftAt);
  const viewport = useCanvas(controller, (s) => s.viewport);
  const color = useCanvas(controller, (s) => s.noteColor);
  if (!at) return null;

  const finish = (text: string) => {
    controller.store.setState({ draftAt: null });
    if (text.trim()) onSave(text.trim());
    onDone();
  };
  const size = NOTE_SIZE * viewport.scale;

  return (
    <textarea
      key={`${at.x},${at.y}`}
      className="canvas-text-editor canvas-draft-editor"
      aria-label={t('layout.draftNoteLabel')}
      placeholder={t('layout.draftNoteLabel')}
      maxLength={LIMITS.itemTextLength}
      autoFocus
      onBlur={(e) => finish(e.currentTarget.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          // Blur saves once: the textarea unmounts after.
          e.currentTarget.blur();
        }
      }}
      style={{
        left: (at.x - NOTE_SIZE / 2) * viewport.scale + viewport.x,
        top: (at.y - NOTE_SIZE / 2) * viewport.scale + viewport.y,
        width: Math.max(160, size),
        height: Math.max(120, size),
        fontSize: Math.max(14, Math.min(28, 20 * viewport.scale)),
        background: NOTE_FILLS[color],
      }}
    />
  );
}
