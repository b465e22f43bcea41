import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { announce } from '../workshop';
import { deleteItem, restoreItem } from './item-edits';

/** What the card list needs to edit, delete and undo, and to put focus back. */
export interface CardEdits {
  /** The person may change cards (the board is not locked for them). */
  enabled: boolean;
  /** The card whose form is open. */
  editing: string | null;
  open: (id: string) => void;
  /** Leave the form (saved or not); focus returns to the card's Edit button. */
  close: (id: string) => void;
  remove: (id: string, text: string) => void;
  /** The last card deleted here, while it can still be undone. */
  deleted: { id: string; text: string } | null;
  undo: () => void;
}

/** DOM ids to put focus back on (ids, not refs: the list re-renders from the Yjs document). */
export const UNDO_BUTTON_ID = 'card-undo-button';
export function editButtonId(cardId: string): string {
  return `card-edit-${cardId}`;
}

/**
 * Edit and delete state of the produce cards. A delete happens at once and
 * can be undone (no confirm dialog in the way); focus goes to "Undo", and
 * after the undo back to the card.
 */
export function useCardEdits(items: Y.Map<unknown> | undefined): CardEdits {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{
    id: string;
    text: string;
    fields: Record<string, unknown>;
  } | null>(null);
  // What to focus once the next render has put it on the page: 'undo' or a card id.
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    const element = document.getElementById(
      target === 'undo' ? UNDO_BUTTON_ID : editButtonId(target),
    );
    if (!element) return;
    focusNext.current = null;
    element.focus();
  });

  return {
    enabled: items !== undefined,
    editing,
    open: (id) => setEditing(id),
    close: (id) => {
      focusNext.current = id;
      setEditing(null);
    },
    remove: (id, text) => {
      if (!items) return;
      const fields = deleteItem(items, id);
      if (!fields) return;
      focusNext.current = 'undo';
      setDeleted({ id, text, fields });
    },
    deleted: deleted && { id: deleted.id, text: deleted.text },
    undo: () => {
      if (!items || !deleted) return;
      restoreItem(items, deleted.id, deleted.fields);
      focusNext.current = deleted.id;
      setDeleted(null);
      announce(t('cards.edit.restored', { text: deleted.text }));
    },
  };
}
