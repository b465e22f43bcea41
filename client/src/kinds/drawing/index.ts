import { INK } from '../../canvas/render/style';
import type { ClientKind } from '../types';

/** A pen stroke: points relative to the item's corner, so moving it changes x and y only. */
export const drawing: ClientKind<'drawing'> = {
  fromTool: ({ points: absolute }) => {
    const xs = absolute.filter((_, i) => i % 2 === 0);
    const ys = absolute.filter((_, i) => i % 2 === 1);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const rect = { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
    // Points are relative to the item's corner, so moving it changes x and y only.
    const points = absolute.map((v, i) => Math.round((v - (i % 2 === 0 ? x : y)) * 10) / 10);
    return { rect, fields: { points } };
  },
  type: 'drawing',
  placement: 'box',
  draw(ctx, item, r) {
    if (item.points.length < 4) return;
    const sx = item.w > 0 ? r.w / item.w : 1;
    const sy = item.h > 0 ? r.h / item.h : 1;
    ctx.strokeStyle = INK;
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (let i = 0; i + 1 < item.points.length; i += 2) {
      const x = r.x + item.points[i]! * sx;
      const y = r.y + item.points[i + 1]! * sy;
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
  },
  // A thin stroke has no area worth a block; it is drawn as it is at every zoom.
  blockFill: null,
  words: () => '',
  connectable: false,
  edit: null,
  listed: () => true,
  scale: (item, sx, sy) =>
    item.w > 0 && item.h > 0
      ? { points: item.points.map((v, i) => Math.round(v * (i % 2 === 0 ? sx : sy) * 10) / 10) }
      : {},
};
