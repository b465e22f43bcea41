import { LIMITS, PHASE_IDS, type BoardItem, type PhaseId } from '@moteplass/shared';
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { kindName, kindOf } from '../kinds';
import { editableField, itemText } from './item-edits';
import { AuthorBadge } from './AuthorBadge';

export interface ItemRowActions {
  save: (text: string) => void;
  remove: () => void;
  move: (phase: PhaseId) => void;
}

interface ItemRowProps {
  id: string;
  item: BoardItem;
  /** Absent when this person may only read (a locked board, a refused session). */
  actions?: ItemRowActions;
  /** More to show on a note (the equality controls' dots). */
  extras?: ReactNode;
}

/**
 * One item of the list view: its type and text, and — for those who may
 * write — edit in place (Enter saves, Escape cancels), move to another phase
 * and delete, every one a real button or field with a name.
 */
export function ItemRow({ id, item, actions, extras }: ItemRowProps) {
  const { t } = useTranslation();
  const uid = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [target, setTarget] = useState<PhaseId>(item.phase);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Back to where the person was when the editor closes: this item's edit button.
  useLayoutEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const text = itemText(item);
  const field = editableField(item);
  const textId = `${uid}-text`;

  function startEditing() {
    setDraft(text);
    setEditing(true);
  }

  function stopEditing(save: boolean) {
    if (save && actions && draft.trim() && draft !== text) actions.save(draft.trim());
    returnFocus.current = true;
    setEditing(false);
  }

  const className = `note ${kindOf(item).listClass?.(item) ?? `board-item-${item.type}`}`;
  return (
    <li className={className} data-item-id={id}>
      <p className="item-type">{kindName(t, item)}</p>
      {editing ? (
        <div className="item-editor">
          <label htmlFor={`${uid}-edit`}>{t('boardList.editLabel')}</label>
          <p id={`${uid}-hint`} className="hint">
            {t('boardList.editHint')}
          </p>
          <textarea
            id={`${uid}-edit`}
            autoFocus
            rows={3}
            maxLength={kindOf(item).edit?.max ?? LIMITS.itemTextLength}
            value={draft}
            aria-describedby={`${uid}-hint`}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                stopEditing(true);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                stopEditing(false);
              }
            }}
          />
          <button type="button" onClick={() => stopEditing(true)}>
            {t('boardList.save')}
          </button>
          <button type="button" onClick={() => stopEditing(false)}>
            {t('boardList.cancel')}
          </button>
        </div>
      ) : (
        <p className="note-text" id={textId}>
          {text || t('boardList.noText')}
        </p>
      )}
      <p className="note-meta">
        <AuthorBadge
          role={item.authorRole}
          anonymous={item.anonymous === true}
          author={item.author}
        />
        {extras}
      </p>
      {actions && !editing && (
        <div className="item-actions">
          {field && (
            <button type="button" ref={editButton} aria-describedby={textId} onClick={startEditing}>
              {t('boardList.edit')}
            </button>
          )}
          <label htmlFor={`${uid}-phase`}>{t('boardList.movePhase')}</label>
          <select
            id={`${uid}-phase`}
            value={target}
            aria-describedby={textId}
            onChange={(event) => setTarget(event.target.value as PhaseId)}
          >
            {PHASE_IDS.map((phase) => (
              <option key={phase} value={phase}>
                {t(`phases.${phase}.title`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-describedby={textId}
            disabled={target === item.phase}
            onClick={() => actions.move(target)}
          >
            {t('boardList.move')}
          </button>
          <button type="button" aria-describedby={textId} onClick={actions.remove}>
            {t('boardList.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
