import type { Point } from '../contract';
import { MIN_ITEM_SIZE, resizeRect, unionRects, type Handle, type Rect } from '../geometry';
import type { ToolContext } from './types';

/**
 * Resizing the selection by a handle of its bounding box: every selected
 * item (but connectors, which follow their ends) scales with the box, so
 * their sizes and the gaps between them keep their proportions.
 */
export interface ResizeGesture {
  handle: Handle;
  /** Where the pointer went down, world units. */
  start: Point;
  /** The selection's box when the gesture began. */
  box: Rect;
  /** Each item's box when the gesture began. */
  originals: ReadonlyMap<string, Rect>;
}

/** Null when nothing selected can be resized (only connectors). */
export function startResize(
  selection: readonly string[],
  handle: Handle,
  start: Point,
  ctx: ToolContext,
): ResizeGesture | null {
  const originals = new Map<string, Rect>();
  for (const id of ctx.resizeSet(selection)) {
    const r = ctx.rectOf(id);
    if (r) originals.set(id, r);
  }
  const box = unionRects(originals.values());
  return box ? { handle, start, box, originals } : null;
}

/** Every item's box with the pointer at `pointer`. */
export function resizedRects(gesture: ResizeGesture, pointer: Point): Map<string, Rect> {
  const next = resizeRect(
    gesture.box,
    gesture.handle,
    pointer.x - gesture.start.x,
    pointer.y - gesture.start.y,
  );
  return scaleInto(gesture.box, next, gesture.originals);
}

/**
 * Map each rectangle from `box` into `next` proportionally. One item simply
 * takes `next` (exactly, no rounding drift). An item is not shrunk below
 * MIN_ITEM_SIZE by a group resize (one already smaller keeps its size):
 * only at that extreme do proportions give way.
 */
export function scaleInto(
  box: Rect,
  next: Rect,
  rects: ReadonlyMap<string, Rect>,
): Map<string, Rect> {
  if (rects.size === 1) {
    const [id] = rects.keys();
    return new Map([[id!, next]]);
  }
  // A box with no width (items in one vertical line) has nothing to stretch across.
  const sx = box.w > 0 ? next.w / box.w : 1;
  const sy = box.h > 0 ? next.h / box.h : 1;
  const side = (length: number, k: number) =>
    k < 1 ? Math.max(length * k, Math.min(length, MIN_ITEM_SIZE)) : length * k;
  const out = new Map<string, Rect>();
  for (const [id, r] of rects)
    out.set(id, {
      x: next.x + (r.x - box.x) * sx,
      y: next.y + (r.y - box.y) * sy,
      w: side(r.w, sx),
      h: side(r.h, sy),
    });
  return out;
}
