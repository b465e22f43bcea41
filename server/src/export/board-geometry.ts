import { kindHas, phaseFrame, type BoardItem, type PhaseId, type Rect } from '@moteplass/shared';
import type { SnapshotItem } from './snapshot.js';

/** Rectangles of the board drawing: which part of the board to draw, and where lines meet items. */

export const rectOf = (item: BoardItem): Rect => ({ x: item.x, y: item.y, w: item.w, h: item.h });

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    w: Math.max(a.x + a.w, b.x + b.w) - x,
    h: Math.max(a.y + a.h, b.y + b.h) - y,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export const pad = (rect: Rect, by: number): Rect => ({
  x: rect.x - by,
  y: rect.y - by,
  w: rect.w + 2 * by,
  h: rect.h + 2 * by,
});

/** Connectors take their place from the items they join, not from their own fields. */
const placed = (entry: SnapshotItem) => !kindHas(entry.item.type, 'joins');

function boundsOf(entries: readonly SnapshotItem[]): Rect | null {
  return entries.filter(placed).reduce<Rect | null>((acc, entry) => {
    const rect = rectOf(entry.item);
    return acc ? union(acc, rect) : rect;
  }, null);
}

/** Everything on the board; the four phase frames when it is empty. */
export function boardRegion(items: readonly SnapshotItem[]): Rect {
  return (
    boundsOf(items) ??
    union(phaseFrame('explore'), union(phaseFrame('design'), phaseFrame('produce')))
  );
}

/** A phase's area: its frames and whatever was put in the phase, wherever it lies. */
export function phaseRegion(items: readonly SnapshotItem[], phase: PhaseId): Rect {
  return boundsOf(items.filter((entry) => entry.item.phase === phase)) ?? phaseFrame(phase);
}

/** Where the line from the centre of `rect` towards `target` leaves the rectangle. */
export function edgePoint(rect: Rect, target: { x: number; y: number }): { x: number; y: number } {
  const cx = rect.x + rect.w / 2;
  const cy = rect.y + rect.h / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx !== 0 ? rect.w / 2 / Math.abs(dx) : Infinity,
    dy !== 0 ? rect.h / 2 / Math.abs(dy) : Infinity,
  );
  return { x: cx + dx * Math.min(1, scale), y: cy + dy * Math.min(1, scale) };
}

export const centre = (rect: Rect) => ({ x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });
