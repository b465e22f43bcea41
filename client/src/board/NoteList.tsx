import './board-list.css';
import type { NoteItem, PhaseId } from '@moteplass/shared';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { isNote, kindName } from '../kinds';
import type { BoardItemEntry } from '../sync';
import { deleteItem, itemText, moveItemToPhase, restoreItem, setItemText } from './item-edits';
import { ItemRow } from './ItemRow';

export interface NoteEntry {
  id: string;
  note: NoteItem;
}

interface NoteListProps {
  /** The phase's items as the list shows them (`listByPhase`). */
  items: readonly BoardItemEntry[];
  malformed: number;
  /** The phase whose items these are, named in the heading. */
  phase?: PhaseId;
  /** More to show on a note (the equality controls' dots and vote results). */
  extras?: (entry: NoteEntry) => ReactNode;
  /** The board's items map, when this person may change it; absent means read-only. */
  editable?: Y.Map<unknown>;
}

interface Deleted {
  id: string;
  fields: Record<string, unknown>;
  text: string;
}

/**
 * The board as a list: the canvas's accessible twin. Every item of the phase
 * with its type and text; edit, move and delete by keyboard; a deletion can
 * be undone from the message that says it happened.
 */
export function NoteList({ items, malformed, phase, extras, editable }: NoteListProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus follows the deletion to its undo, so a keyboard user is never dropped on <body>.
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const quote = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  const actionsFor = (board: Y.Map<unknown>, { id, item }: BoardItemEntry) => ({
    save: (text: string) => {
      if (setItemText(board, id, item, text)) setAnnouncement(t('boardList.saved'));
    },
    remove: () => {
      const fields = deleteItem(board, id);
      if (!fields) return;
      const text = quote(itemText(item) || kindName(t, item));
      setDeleted({ id, fields, text });
      setAnnouncement(t('boardList.deleted', { text }));
    },
    move: (to: PhaseId) => {
      if (!moveItemToPhase(board, id, to)) return;
      const text = quote(itemText(item) || kindName(t, item));
      setAnnouncement(t('boardList.moved', { text, phase: t(`phases.${to}.title`) }));
      heading.current?.focus();
    },
  });

  function undo() {
    if (!deleted || !editable) return;
    restoreItem(editable, deleted.id, deleted.fields);
    setAnnouncement(t('boardList.restored', { text: deleted.text }));
    setDeleted(null);
    heading.current?.focus();
  }

  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading" ref={heading} tabIndex={-1}>
        {phase
          ? t('board.notesInPhase', { phase: t(`phases.${phase}.title`) })
          : t('board.notesHeading')}{' '}
        <span className="count">({items.length})</span>
      </h2>
      {malformed > 0 && <p className="notice">{t('board.malformed', { count: malformed })}</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {deleted && editable && (
        <p className="notice undo-delete">
          {t('boardList.deleted', { text: deleted.text })}{' '}
          <button type="button" ref={undoButton} onClick={undo}>
            {t('boardList.undo')}
          </button>
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t('board.noNotes')}</p>
      ) : (
        // role="list": Safari drops list semantics from a list without bullets.
        <ul role="list" className="note-list">
          {items.map((entry) => (
            <ItemRow
              key={entry.id}
              id={entry.id}
              item={entry.item}
              {...(editable ? { actions: actionsFor(editable, entry) } : {})}
              extras={isNote(entry.item) ? extras?.({ id: entry.id, note: entry.item }) : null}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

export { AuthorBadge } from './AuthorBadge';
