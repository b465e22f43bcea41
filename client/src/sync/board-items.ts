import { parseBoardItem, type BoardItem } from '@moteplass/shared';
import * as Y from 'yjs';
import { useYMapSnapshot } from './ymap-store';

export interface BoardItemEntry {
  id: string;
  item: BoardItem;
}

export interface BoardItemsSnapshot {
  /** Valid items, oldest first (then by id, so every screen shows the same order). */
  items: BoardItemEntry[];
  /** Entries that failed validation: skipped, counted, never a crash. */
  malformed: number;
}

export function readBoardItems(map: Y.Map<unknown>): BoardItemsSnapshot {
  const items: BoardItemEntry[] = [];
  let malformed = 0;
  for (const [id, value] of map.entries()) {
    const item = parseBoardItem(value instanceof Y.AbstractType ? value.toJSON() : value);
    if (item) items.push({ id, item });
    else malformed += 1;
  }
  items.sort(
    (a, b) =>
      (a.item.createdAt ?? 0) - (b.item.createdAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { items, malformed };
}

/** The board's items, live: re-renders on any local or remote change, deep or shallow. */
export function useYMapItems(map: Y.Map<unknown>): BoardItemsSnapshot {
  return useYMapSnapshot(map, readBoardItems, true);
}
