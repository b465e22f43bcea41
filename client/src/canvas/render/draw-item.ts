import type { BoardItem } from '@moteplass/shared';
import { kindOf, type DrawEnv } from '../../kinds';
import type { Point } from '../contract';
import type { Rect } from '../geometry';
import { INK } from './style';

type Ctx = CanvasRenderingContext2D;

export type { ViewDetail } from './text-plan';
export { frameTitleAbove } from '../../kinds';

/**
 * Draw one item (not a connector) in world units at box `r` (the item's own
 * box, or a preview's while it is dragged or resized), as its kind draws it
 * (client/src/kinds). No shadows: they cost a blur per item per frame.
 */
export function drawItem(ctx: Ctx, item: BoardItem, r: Rect, env: DrawEnv): void {
  kindOf(item).draw(ctx, item, r, env);
}

/** A connector from `a` to `b` with an arrowhead at `b`. */
export function drawArrow(ctx: Ctx, a: Point, b: Point, color = INK, width = 3): void {
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const size = 14;
  ctx.beginPath();
  ctx.moveTo(b.x, b.y);
  ctx.lineTo(b.x - size * Math.cos(angle - 0.4), b.y - size * Math.sin(angle - 0.4));
  ctx.lineTo(b.x - size * Math.cos(angle + 0.4), b.y - size * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
}
