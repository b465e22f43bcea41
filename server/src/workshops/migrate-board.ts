import { BOARD_ITEMS, migrateItem } from '@moteplass/shared';
import type * as Y from 'yjs';
import { itemFields } from '../rooms/validation/index.js';

/**
 * Bring a loaded board's items up to their kinds' current versions (KIND-6).
 * Migrating in the document, once, rather than on every read: every client
 * then sees and edits the current shape, and the stored board stops
 * depending on old readers. Returns the change for the room to apply as one
 * server transaction, or null when every item is current.
 *
 * Only the fields a migration changed are written, so an edit a client makes
 * to another field at the same time is not undone. Damaged items and items of
 * a newer version than this server knows are left exactly as they are
 * (BOARD-5, KIND-4).
 */
export function migrateBoardItems(doc: Y.Doc): ((doc: Y.Doc) => void) | null {
  const changes: {
    map: Y.Map<unknown>;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  }[] = [];
  doc.getMap<unknown>(BOARD_ITEMS).forEach((value) => {
    const before = itemFields(value);
    if (!before) return;
    const result = migrateItem(before);
    if (result.status === 'migrated') {
      changes.push({ map: value as Y.Map<unknown>, before, after: result.item });
    }
  });
  if (changes.length === 0) return null;
  return () => {
    for (const { map, before, after } of changes) {
      for (const key of Object.keys(before)) if (!(key in after)) map.delete(key);
      for (const [key, value] of Object.entries(after)) {
        if (JSON.stringify(before[key]) !== JSON.stringify(value)) map.set(key, value);
      }
    }
  };
}
