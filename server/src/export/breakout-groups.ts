import { isKind, type BoardItem } from '@moteplass/shared';
import type { WorkshopSnapshot } from './snapshot.js';

/**
 * Breakout groups in the exports (issue 19): each group's name is its
 * frame's title (`frame` with `group: <id>`), so a group's own name wins over
 * "Gruppe n"; an item whose group has no frame left shows the group's id.
 * Kept to this file and one column or section in each exporter, so it moves
 * easily with the per-kind export tables.
 */
export function breakoutGroupNames(snapshot: WorkshopSnapshot): Map<string, string> {
  const names = new Map<string, string>();
  for (const { item } of snapshot.items) {
    if (isKind(item, 'frame') && item.group) names.set(item.group, item.title);
  }
  return names;
}

/** The breakout group an item was made in, by name; '' outside any group. */
export function breakoutGroupOf(item: BoardItem, names: ReadonlyMap<string, string>): string {
  return item.group ? (names.get(item.group) ?? item.group) : '';
}

/** True when the board holds anything made in a breakout group. */
export function hasBreakoutGroups(snapshot: WorkshopSnapshot): boolean {
  return snapshot.items.some(({ item }) => item.group !== undefined);
}
