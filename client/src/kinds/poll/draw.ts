import type { PollItem } from '@moteplass/shared';
import type { Rect } from '../../canvas/geometry';
import { roundRect } from '../../canvas/render/shapes';
import { INK, MUTED } from '../../canvas/render/style';
import { drawText } from '../../canvas/render/text-plan';
import type { DrawEnv } from '../types';
import { optionCounts } from './tallies';

type Ctx = CanvasRenderingContext2D;

/** The poll card's colours: a pale blue card, a darker blue for its edge and bars (≥ 3:1 on the card). */
export const POLL_STYLE = { fill: '#e4eefb', stroke: '#1f4f8f', bar: '#9dbce6' } as const;
const PAD = 14;

/**
 * A poll card: the question at the top, one row per option below it. After
 * a closed vote each row carries a bar as long as its share of the most
 * votes and the count at the end; before that, no numbers at all.
 */
export function drawPoll(ctx: Ctx, item: PollItem, r: Rect, env: DrawEnv): void {
  const { view } = env;
  roundRect(ctx, r, 10);
  ctx.fillStyle = POLL_STYLE.fill;
  ctx.fill();
  ctx.strokeStyle = POLL_STYLE.stroke;
  ctx.lineWidth = 2;
  ctx.stroke();
  const inner = { x: r.x + PAD, w: r.w - 2 * PAD };
  // A third of the card for the question, so it keeps a readable headline zoomed out.
  const questionH = Math.max(0, r.h * 0.24);
  drawText(
    ctx,
    item.question,
    { ...inner, y: r.y + PAD, h: questionH },
    { max: 22, min: 9, bold: true },
    view,
  );
  const top = r.y + PAD + questionH + 6;
  const rowH = Math.max(0, (r.y + r.h - PAD - top) / item.options.length);
  const counts = env.id ? optionCounts(env.id, item.options, env.tallies) : null;
  const most = counts ? Math.max(1, ...counts) : 1;
  const countW = counts ? Math.min(48, inner.w * 0.2) : 0;
  item.options.forEach((option, i) => {
    const row = { x: inner.x, y: top + i * rowH, w: inner.w, h: rowH - 4 };
    const count = counts?.[i];
    if (count !== undefined && count > 0) {
      ctx.fillStyle = POLL_STYLE.bar;
      ctx.fillRect(row.x, row.y, ((row.w - countW) * count) / most, row.h);
    }
    drawText(
      ctx,
      option,
      { x: row.x + 6, y: row.y, w: row.w - countW - 12, h: row.h },
      { max: 18, min: 9, color: INK },
      view,
    );
    if (count !== undefined)
      drawText(
        ctx,
        String(count),
        { x: row.x + row.w - countW, y: row.y + 2, w: countW, h: row.h - 4 },
        { max: 18, min: 9, bold: true, color: MUTED },
        view,
      );
  });
}
