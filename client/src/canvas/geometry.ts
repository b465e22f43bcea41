import type { Rect } from '@moteplass/shared';
import type { Point, Viewport } from './contract';

/** An axis-aligned box in world units: the contract's own (shared/src/phases.ts). */
export type { Rect } from '@moteplass/shared';

/** Zoom limits: below 5 % nothing is legible, above 400 % a note fills the screen. */
export const MIN_SCALE = 0.05;
export const MAX_SCALE = 4;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

export function containsPoint(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/** The box spanned by two corners, in any order. */
export function rectFromPoints(a: Point, b: Point): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(b.x - a.x),
    h: Math.abs(b.y - a.y),
  };
}

export function unionRects(rects: Iterable<Rect>): Rect | null {
  let out: Rect | null = null;
  for (const r of rects) {
    if (!out) out = { ...r };
    else {
      const x = Math.min(out.x, r.x);
      const y = Math.min(out.y, r.y);
      out = {
        x,
        y,
        w: Math.max(out.x + out.w, r.x + r.w) - x,
        h: Math.max(out.y + out.h, r.y + r.h) - y,
      };
    }
  }
  return out;
}

export function centre(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** The part of the world a viewport of `width`×`height` pixels shows. */
export function visibleWorld(v: Viewport, width: number, height: number): Rect {
  return { x: -v.x / v.scale, y: -v.y / v.scale, w: width / v.scale, h: height / v.scale };
}

/** Zoom by `factor` keeping the world point under `screen` where it is. */
export function zoomAt(v: Viewport, screen: Point, factor: number): Viewport {
  const scale = clampScale(v.scale * factor);
  const k = scale / v.scale;
  return { scale, x: screen.x - (screen.x - v.x) * k, y: screen.y - (screen.y - v.y) * k };
}

/** The viewport that shows `rect` whole, centred, with `padding` pixels around it. */
export function fitRect(rect: Rect, width: number, height: number, padding = 40): Viewport {
  const scale = clampScale(
    Math.min(
      (width - 2 * padding) / Math.max(rect.w, 1),
      (height - 2 * padding) / Math.max(rect.h, 1),
    ),
  );
  return {
    scale,
    x: width / 2 - (rect.x + rect.w / 2) * scale,
    y: height / 2 - (rect.y + rect.h / 2) * scale,
  };
}

/**
 * `fitRect` into the part of a `width`×`height` canvas that floating panels
 * leave free (`insets`, pixels per edge); the whole canvas when too little is
 * free. With `minScale`, a wide enough canvas never goes below it: the box's
 * top stays in view (a phase's prompts and first notes) and the rest is a
 * scroll away, instead of everything too small to read.
 */
export function fitRectInside(
  rect: Rect,
  width: number,
  height: number,
  insets: { top: number; right: number; bottom: number; left: number },
  minScale = 0,
): Viewport {
  const w = width - insets.left - insets.right;
  const h = height - insets.top - insets.bottom;
  if (w < 160 || h < 160) return fitRect(rect, width, height);
  const v = fitRect(rect, w, h);
  if (v.scale < minScale && w >= READABLE_WIDTH) {
    const scale = minScale;
    const padding = 40;
    return {
      scale,
      x: insets.left + Math.max(padding, (w - rect.w * scale) / 2) - rect.x * scale,
      y: insets.top + padding - rect.y * scale,
    };
  }
  return { ...v, x: v.x + insets.left, y: v.y + insets.top };
}

/** Below this many free pixels across (a phone), a phase is shown whole however small. */
const READABLE_WIDTH = 600;

/** Where a phase opens: text on notes stays legible at this zoom (the first view's floor). */
export const READABLE_SCALE = 0.5;

/** Where the line from the centre of `r` towards `towards` leaves `r` (connectors end at edges). */
export function edgePoint(r: Rect, towards: Point): Point {
  const c = centre(r);
  const dx = towards.x - c.x;
  const dy = towards.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const tx = dx !== 0 ? r.w / 2 / Math.abs(dx) : Infinity;
  const ty = dy !== 0 ? r.h / 2 / Math.abs(dy) : Infinity;
  const t = Math.min(tx, ty, 1);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** Resize handles, named by compass corner. */
export const HANDLES = ['nw', 'ne', 'sw', 'se'] as const;
export type Handle = (typeof HANDLES)[number];

export function handlePoint(r: Rect, handle: Handle): Point {
  return {
    x: handle.endsWith('w') ? r.x : r.x + r.w,
    y: handle.startsWith('n') ? r.y : r.y + r.h,
  };
}

/** Smallest item side after a resize, world units. */
export const MIN_ITEM_SIZE = 20;

/** The box after dragging `handle` of `r` by (dx, dy); never smaller than MIN_ITEM_SIZE. */
export function resizeRect(r: Rect, handle: Handle, dx: number, dy: number): Rect {
  let { x, y, w, h } = r;
  if (handle.endsWith('w')) {
    const nw = Math.max(MIN_ITEM_SIZE, w - dx);
    x += w - nw;
    w = nw;
  } else w = Math.max(MIN_ITEM_SIZE, w + dx);
  if (handle.startsWith('n')) {
    const nh = Math.max(MIN_ITEM_SIZE, h - dy);
    y += h - nh;
    h = nh;
  } else h = Math.max(MIN_ITEM_SIZE, h + dy);
  return { x, y, w, h };
}
