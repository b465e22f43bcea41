import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ITEM_KINDS, type KindSchemas } from './table.js';
import { migrateItem } from './migrate.js';

/** Any board item of the current versions: the union of the kinds table's schemas. */
export const BoardItemSchema = Type.Union(
  ITEM_KINDS.map((kind) => kind.schema) as unknown as KindSchemas,
);
export type BoardItem = Static<typeof BoardItemSchema>;
export type BoardItemType = BoardItem['type'];

/**
 * Validate one item as read from the document (`yMap.toJSON()`), migrated to
 * its kind's current version first. Returns the item, or `null` when it is
 * malformed or of a newer version than this code knows (the caller skips it).
 */
export function parseBoardItem(raw: unknown): BoardItem | null {
  const migrated = migrateItem(raw);
  if (migrated.status === 'newer' || migrated.status === 'unknown') return null;
  return Value.Check(BoardItemSchema, migrated.item) ? (migrated.item as BoardItem) : null;
}

/**
 * Whether `item` is of kind `type`, for code that works with one kind's own
 * fields (the impact chain's indicators, a breakout group's frame). Outside
 * the kinds folders nothing compares an item's type itself.
 */
export function isKind<T extends BoardItemType>(
  item: BoardItem | null | undefined,
  type: T,
): item is Extract<BoardItem, { type: T }> {
  return item?.type === type;
}
