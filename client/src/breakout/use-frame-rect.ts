import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

export interface FrameRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function rectKey(items: Y.Map<unknown>, id: string | null): string {
  const item = id ? items.get(id) : undefined;
  if (!(item instanceof Y.Map)) return '';
  const values = ['x', 'y', 'w', 'h'].map((key) => item.get(key));
  return values.every((v) => typeof v === 'number' && Number.isFinite(v)) ? values.join(',') : '';
}

/**
 * Where a frame is on the board, or null until it has arrived (the server
 * writes a breakout's frames just after its groups). Group frames never move,
 * so the items' own keys are all there is to follow.
 */
export function useFrameRect(items: Y.Map<unknown>, frameId: string | null): FrameRect | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      items.observe(onChange);
      return () => items.unobserve(onChange);
    },
    [items],
  );
  const key = useSyncExternalStore(subscribe, () => rectKey(items, frameId));
  return useMemo(() => {
    if (!key) return null;
    const [x, y, w, h] = key.split(',').map(Number) as [number, number, number, number];
    return { x, y, w, h };
  }, [key]);
}
