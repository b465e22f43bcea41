import type { BoardItem, PhaseId } from '@moteplass/shared';
import * as Y from 'yjs';
import { kindOf } from '../kinds';
import { gridPosition, insertItem, itemsInPhase } from './placement';

/**
 * What the list view changes on the board, each in one Yjs transaction. The
 * list is the canvas's accessible twin: the same document, the same items.
 */

/**
 * The field a person edits in the list as "the text" of an item, if it has
 * one. Not a frame's title (the phase panel's) nor a card's text (its card form's).
 */
export function editableField(item: BoardItem): string | null {
  const kind = kindOf(item);
  return kind.listed('', item) ? (kind.edit?.key ?? null) : null;
}

/** The words that stand for an item in the list (its text, an image's description, a frame's title). */
export function itemText(item: BoardItem): string {
  return kindOf(item).words(item);
}

function itemMap(items: Y.Map<unknown>, id: string): Y.Map<unknown> | null {
  const value = items.get(id);
  return value instanceof Y.Map ? value : null;
}

function transact(items: Y.Map<unknown>, change: () => void): void {
  if (items.doc) items.doc.transact(change);
  else change();
}

/** Replace an item's text (or an image's description); false if it is gone or has none. */
export function setItemText(
  items: Y.Map<unknown>,
  id: string,
  item: BoardItem,
  text: string,
): boolean {
  const field = editableField(item);
  const map = itemMap(items, id);
  if (!field || !map) return false;
  transact(items, () => map.set(field, text));
  return true;
}

/** Remove an item; returns its fields so the deletion can be undone, or null if it was gone. */
export function deleteItem(items: Y.Map<unknown>, id: string): Record<string, unknown> | null {
  const map = itemMap(items, id);
  if (!map) return null;
  const fields = map.toJSON() as Record<string, unknown>;
  transact(items, () => items.delete(id));
  return fields;
}

/** Put a deleted item back, under its old id (connectors pointing at it hold again). */
export function restoreItem(items: Y.Map<unknown>, id: string, fields: Record<string, unknown>) {
  if (items.has(id)) return;
  insertItem(items, id, fields);
}

/**
 * Move an item to another phase: it changes phase and lands after that
 * phase's content inside its frame, so the canvas shows it where it now belongs.
 */
export function moveItemToPhase(items: Y.Map<unknown>, id: string, phase: PhaseId): boolean {
  const map = itemMap(items, id);
  if (!map || map.get('phase') === phase) return false;
  const { x, y } = gridPosition(phase, itemsInPhase(items, phase));
  transact(items, () => {
    map.set('phase', phase);
    map.set('x', x);
    map.set('y', y);
  });
  return true;
}
