import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { parsedItemsOf, type BoardItemsSnapshot } from './parsed-items';

export type { BoardItemEntry, BoardItemsSnapshot } from './parsed-items';

/** Every valid item of a board map, oldest first (parsed once, shared; see `ParsedBoardItems`). */
export function readBoardItems(map: Y.Map<unknown>): BoardItemsSnapshot {
  return parsedItemsOf(map).getSnapshot();
}

/** The board's items, live: re-renders on any local or remote change, deep or shallow. */
export function useYMapItems(map: Y.Map<unknown>): BoardItemsSnapshot {
  const parsed = parsedItemsOf(map);
  return useSyncExternalStore(parsed.subscribe, parsed.getSnapshot);
}
