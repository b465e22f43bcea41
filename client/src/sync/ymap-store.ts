import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * An external store over one Y.Map for `useSyncExternalStore`: the snapshot is
 * read from the map when it changed, and kept (same object) while it did not,
 * so React re-renders exactly when the shared document changes.
 */
export function createYMapStore<T>(
  map: Y.Map<unknown>,
  read: (map: Y.Map<unknown>) => T,
  deep: boolean,
) {
  let snapshot: { value: T } | null = null;
  return {
    getSnapshot(): T {
      snapshot ??= { value: read(map) };
      return snapshot.value;
    },
    subscribe(onChange: () => void): () => void {
      const handler = () => {
        snapshot = null;
        onChange();
      };
      // A change may have landed between the render and this subscription.
      snapshot = null;
      if (deep) map.observeDeep(handler);
      else map.observe(handler);
      return () => {
        if (deep) map.unobserveDeep(handler);
        else map.unobserve(handler);
      };
    },
  };
}

/** Subscribe a component to a Y.Map. `read` must be a stable function (module level). */
export function useYMapSnapshot<T>(
  map: Y.Map<unknown>,
  read: (map: Y.Map<unknown>) => T,
  deep: boolean,
): T {
  const store = useMemo(() => createYMapStore(map, read, deep), [map, read, deep]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
