import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

type Read<T> = (map: Y.Map<unknown>) => T;

interface YMapStore<T> {
  getSnapshot(): T;
  subscribe(onChange: () => void): () => void;
}

/**
 * Transactions per document, counted by one listener per document: a
 * snapshot read while nobody observed its map is still current if the count
 * has not moved since, so a component that subscribes after its first render
 * keeps the snapshot it rendered with.
 */
const transactionCounts = new WeakMap<Y.Doc, { count: number }>();

function transactionsOf(doc: Y.Doc | null): { count: number } | null {
  if (!doc) return null;
  let counter = transactionCounts.get(doc);
  if (!counter) {
    const created = { count: 0 };
    doc.on('afterTransaction', () => (created.count += 1));
    transactionCounts.set(doc, (counter = created));
  }
  return counter;
}

/**
 * An external store over one Y.Map for `useSyncExternalStore`: the snapshot is
 * read from the map when it changed, and kept (same object) while it did not,
 * so React re-renders exactly when the shared document changes. The map is
 * observed while anyone subscribes; a change between a render and its
 * subscription (nobody observing) is caught by the document's transaction
 * count, and only then is the snapshot read again — subscribing alone does
 * not make every component render twice on mount.
 */
export function createYMapStore<T>(
  map: Y.Map<unknown>,
  read: Read<T>,
  deep: boolean,
): YMapStore<T> {
  const transactions = transactionsOf(map.doc);
  let snapshot: { value: T; at: number } | null = null;
  const listeners = new Set<() => void>();
  const handler = () => {
    snapshot = null;
    for (const listener of [...listeners]) listener();
  };
  // Unobserved, a snapshot is current while its document's transaction count stays.
  const stale = () =>
    snapshot !== null &&
    listeners.size === 0 &&
    transactions !== null &&
    snapshot.at !== transactions.count;
  return {
    getSnapshot(): T {
      if (!snapshot || stale()) snapshot = { value: read(map), at: transactions?.count ?? 0 };
      return snapshot.value;
    },
    subscribe(onChange: () => void): () => void {
      if (listeners.size === 0) {
        // A change may have landed between the render and this subscription (a map
        // outside a document has no count to tell: read it again).
        if (!transactions || stale()) snapshot = null;
        if (deep) map.observeDeep(handler);
        else map.observe(handler);
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size > 0) return;
        if (deep) map.unobserveDeep(handler);
        else map.unobserve(handler);
      };
    },
  };
}

/**
 * One store per map, reader and depth, shared by every component that reads
 * the same thing (a board page has some ten readers of the control map's
 * equality state): read once per change, not once per component.
 */
const shared = new WeakMap<Y.Map<unknown>, Map<Read<unknown>, YMapStore<unknown>>[]>();

function sharedStore<T>(map: Y.Map<unknown>, read: Read<T>, deep: boolean): YMapStore<T> {
  let byDepth = shared.get(map);
  if (!byDepth) shared.set(map, (byDepth = [new Map(), new Map()]));
  const stores = byDepth[deep ? 1 : 0]!;
  let store = stores.get(read as Read<unknown>);
  if (!store) stores.set(read as Read<unknown>, (store = createYMapStore(map, read, deep)));
  return store as YMapStore<T>;
}

/** Subscribe a component to a Y.Map. `read` must be a stable function (module level). */
export function useYMapSnapshot<T>(map: Y.Map<unknown>, read: Read<T>, deep: boolean): T {
  const store = sharedStore(map, read, deep);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
