import { kindHas, plainTextOf, type BoardItem, type PhaseId } from '@moteplass/shared';
import type { SnapshotItem } from './snapshot.js';

/** Small questions the exporters ask about items. */

/** The words on an item: a note's text, a frame's title; '' for a line or a drawing (its kind says). */
export function itemText(item: BoardItem): string {
  return plainTextOf(item);
}

export function inPhase(items: readonly SnapshotItem[], phase: PhaseId): SnapshotItem[] {
  return items.filter((entry) => entry.item.phase === phase);
}

export function centreInside(item: BoardItem, frame: BoardItem): boolean {
  const cx = item.x + item.w / 2;
  const cy = item.y + item.h / 2;
  return cx >= frame.x && cx <= frame.x + frame.w && cy >= frame.y && cy <= frame.y + frame.h;
}

const area = (item: BoardItem) => item.w * item.h;

/**
 * Notes (contributions) of a phase grouped by the smaller frame (container)
 * they sit in, a cluster the group made; the phase's own (largest) frame does
 * not count as a group. Notes in no such frame come first, under a null title.
 */
export function groupNotes(
  phaseItems: readonly SnapshotItem[],
): { title: string | null; notes: SnapshotItem[] }[] {
  const frames = phaseItems
    .filter((entry) => kindHas(entry.item.type, 'container'))
    .sort((a, b) => area(a.item) - area(b.item));
  const clusters = frames.slice(0, -1);
  const groups = new Map<string | null, SnapshotItem[]>([[null, []]]);
  for (const entry of phaseItems) {
    if (!kindHas(entry.item.type, 'contribution')) continue;
    const cluster = clusters.find((frame) => centreInside(entry.item, frame.item));
    const key = cluster ? cluster.id : null;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const titleOf = (id: string | null) => {
    const frame = clusters.find((entry) => entry.id === id)?.item;
    return frame ? plainTextOf(frame) : null;
  };
  return [...groups.entries()]
    .filter(([key, notes]) => key === null || notes.length > 0)
    .map(([key, notes]) => ({ title: titleOf(key), notes }));
}
