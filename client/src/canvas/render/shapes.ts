import type { Rect } from '../geometry';

type Ctx = CanvasRenderingContext2D;

/** `r` shrunk by `p` on every side. */
export function inset(r: Rect, p: number): Rect {
  return { x: r.x + p, y: r.y + p, w: r.w - 2 * p, h: r.h - 2 * p };
}

/** Start a path of a rectangle with rounded corners (fill or stroke it after). */
export function roundRect(ctx: Ctx, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}
