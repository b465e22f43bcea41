import { BOARD_ITEMS } from '@moteplass/shared';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';

export interface GroupActivity {
  notes: number;
  /** The newest item's creation time, ms, or null. */
  last: number | null;
}

/** At most one recount a second: a busy board of twenty groups changes many times a second. */
const RECOUNT_MS = 1000;

function count(items: Y.Map<unknown>): Map<string, GroupActivity> {
  const out = new Map<string, GroupActivity>();
  for (const value of items.values()) {
    // Only three fields per item: never the whole item parsed (this runs for the whole board).
    if (!(value instanceof Y.Map)) continue;
    const group = value.get('group');
    if (typeof group !== 'string' || value.get('type') === 'frame') continue;
    const created = value.get('createdAt');
    const entry = out.get(group) ?? { notes: 0, last: null };
    entry.notes += 1;
    if (typeof created === 'number' && (entry.last === null || created > entry.last)) {
      entry.last = created;
    }
    out.set(group, entry);
  }
  return out;
}

/** Items and the last activity per breakout group, for the console's and the screen's grid. */
export function useGroupActivity(doc: Y.Doc | Y.Map<unknown>): Map<string, GroupActivity> {
  const items = doc instanceof Y.Doc ? doc.getMap<unknown>(BOARD_ITEMS) : doc;
  const [activity, setActivity] = useState(() => count(items));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const changed = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setActivity(count(items));
      }, RECOUNT_MS);
    };
    items.observeDeep(changed);
    return () => {
      items.unobserveDeep(changed);
      if (timer) clearTimeout(timer);
    };
  }, [items]);
  return activity;
}
