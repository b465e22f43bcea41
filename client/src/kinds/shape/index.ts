import { LIMITS } from '@moteplass/shared';
import { inset } from '../../canvas/render/shapes';
import { INK, SURFACE } from '../../canvas/render/style';
import { drawText } from '../../canvas/render/text-plan';
import type { ClientKind } from '../types';

/** A rectangle, ellipse or diamond with optional centred text. */
export const shape: ClientKind<'shape'> = {
  fromTool: ({ rect }, { shape }) => ({ rect, fields: { shape, text: '' } }),
  type: 'shape',
  placement: 'box',
  draw(ctx, item, r, { view }) {
    ctx.fillStyle = SURFACE;
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (item.shape === 'ellipse')
      ctx.ellipse(r.x + r.w / 2, r.y + r.h / 2, r.w / 2, r.h / 2, 0, 0, Math.PI * 2);
    else if (item.shape === 'diamond') {
      ctx.moveTo(r.x + r.w / 2, r.y);
      ctx.lineTo(r.x + r.w, r.y + r.h / 2);
      ctx.lineTo(r.x + r.w / 2, r.y + r.h);
      ctx.lineTo(r.x, r.y + r.h / 2);
      ctx.closePath();
    } else ctx.rect(r.x, r.y, r.w, r.h);
    ctx.fill();
    ctx.stroke();
    // Text stays inside the curve of an ellipse or the tips of a diamond.
    const pad = item.shape === 'rectangle' ? 12 : Math.min(r.w, r.h) * 0.2;
    drawText(
      ctx,
      item.text ?? '',
      inset(r, pad),
      { max: 22, min: 9, align: 'center', middle: true },
      view,
    );
  },
  blockFill: () => '#e3e1db',
  words: (item) => item.text ?? '',
  connectable: true,
  edit: {
    key: 'text',
    max: LIMITS.itemTextLength,
    value: (item) => item.text ?? '',
    fontPx: 20,
    background: () => '#ffffff',
  },
  listed: () => true,
};
