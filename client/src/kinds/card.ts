import { LIMITS } from '@moteplass/shared';
import type { Rect } from '../canvas/geometry';
import { roundRect } from '../canvas/render/shapes';
import { MUTED } from '../canvas/render/style';
import { drawText, type ViewDetail } from '../canvas/render/text-plan';
import type { InPlaceField } from './types';

type Ctx = CanvasRenderingContext2D;

/** The produce phase's cards: a tinted card, its text, a line of small print at the foot. */
export function drawCard(
  ctx: Ctx,
  r: Rect,
  style: { fill: string; stroke: string },
  text: string,
  footer: string,
  view: ViewDetail | undefined,
): void {
  roundRect(ctx, r, 8);
  ctx.fillStyle = style.fill;
  ctx.fill();
  ctx.strokeStyle = style.stroke;
  ctx.lineWidth = 2;
  ctx.stroke();
  drawText(
    ctx,
    text,
    { x: r.x + 14, y: r.y + 14, w: r.w - 28, h: r.h - 56 },
    { max: 22, min: 9 },
    view,
  );
  drawText(
    ctx,
    footer,
    { x: r.x + 14, y: r.y + r.h - 34, w: r.w - 28, h: 22 },
    { max: 16, min: 9, color: MUTED, headline: false },
    view,
  );
}

/** A card's main text, edited in place on the canvas (its other fields in its card form). */
export function cardText<T extends { text: string }>(): InPlaceField<T> {
  return {
    key: 'text',
    max: LIMITS.itemTextLength,
    value: (item) => item.text,
    fontPx: 20,
    background: () => '#ffffff',
  };
}
