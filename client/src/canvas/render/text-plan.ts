import type { Rect } from '../geometry';
import { headlineLayout } from './headline';
import { textDetail } from './lod';
import { INK } from './style';
import { fontOf, layoutText, type TextBoxOptions, type TextLayout } from './text-layout';

type Ctx = CanvasRenderingContext2D;

/**
 * How the item is seen: the scale, and the scale rounded to its step
 * (`scaleStep`), which headline layouts are cached by. Without it, text is
 * drawn as laid out whatever the zoom.
 */
export interface ViewDetail {
  scale: number;
  step: number;
}

export type TextOptions = TextBoxOptions & {
  align?: 'left' | 'center';
  middle?: boolean;
  color?: string;
  /** False for small print (a card's footer): drawn while readable, else left out. */
  headline?: boolean;
};

/**
 * What a text box shows at this zoom (lod.ts): its lines (the full text or
 * its fitted headline), bars where it is too small for a word (`greek`), or
 * nothing (an empty text, or a box a few pixels across).
 */
export type TextPlan =
  | { kind: 'lines'; layout: TextLayout; headline: boolean }
  | { kind: 'greek'; layout: TextLayout }
  | { kind: 'none' };

const NONE: TextPlan = { kind: 'none' };

export function planText(
  ctx: Ctx,
  text: string,
  box: Rect,
  options: TextOptions,
  view: ViewDetail | undefined,
): TextPlan {
  if (!text || box.w <= 0 || box.h <= 0) return NONE;
  // A box too small on screen for a word is its colour only, whatever the font: no layout
  // (a phone opening a 10,000-note board sees them all this small, JOIN-5).
  if (view && textDetail(Math.min(box.w, box.h) * view.scale, Infinity) === 'block') return NONE;
  const layout = layoutText(ctx, text, box.w, box.h, options);
  if (!view) return { kind: 'lines', layout, headline: false };
  const detail = textDetail(Math.min(box.w, box.h) * view.scale, layout.fontSize * view.scale);
  if (detail === 'full') return { kind: 'lines', layout, headline: false };
  if (detail === 'block' || options.headline === false) return NONE;
  const headline = headlineLayout(ctx, text, box, view.step, options.bold);
  return headline ? { kind: 'lines', layout: headline, headline: true } : { kind: 'greek', layout };
}

/** Lines of text too small for a word, as bars: there is text here, and about this much. */
export const GREEK_INK = 'rgba(28, 31, 35, 0.3)';
const GREEK_LINES = 3;

export function greekBars(layout: TextLayout, box: Rect, options: TextOptions): Rect[] {
  const lines = layout.lines.slice(0, GREEK_LINES);
  let longest = 1;
  for (const line of lines) longest = Math.max(longest, line.length);
  const bar = box.h * 0.12;
  const gap = box.h * 0.1;
  const total = lines.length * bar + (lines.length - 1) * gap;
  let y = options.middle ? box.y + (box.h - total) / 2 : box.y + gap / 2;
  return lines.map((line) => {
    const w = Math.max(bar, (box.w * line.length) / longest);
    const x = options.align === 'center' ? box.x + (box.w - w) / 2 : box.x;
    const r = { x, y, w, h: bar };
    y += bar + gap;
    return r;
  });
}

/** The lines of a layout in their box (top, or middle), left or centred. */
export function drawLines(ctx: Ctx, layout: TextLayout, box: Rect, options: TextOptions): void {
  ctx.font = fontOf(layout.fontSize, options.bold);
  ctx.fillStyle = options.color ?? INK;
  ctx.textBaseline = 'top';
  ctx.textAlign = options.align ?? 'left';
  const x = options.align === 'center' ? box.x + box.w / 2 : box.x;
  const total = layout.lines.length * layout.lineHeight;
  let y = options.middle ? box.y + Math.max(0, (box.h - total) / 2) : box.y;
  for (const line of layout.lines) {
    ctx.fillText(line, x, y);
    y += layout.lineHeight;
  }
}

/** Text in its box, with the level of detail its size on screen calls for. */
export function drawText(
  ctx: Ctx,
  text: string,
  box: Rect,
  options: TextOptions,
  view: ViewDetail | undefined,
): void {
  const plan = planText(ctx, text, box, options, view);
  if (plan.kind === 'lines') drawLines(ctx, plan.layout, box, options);
  else if (plan.kind === 'greek') {
    ctx.fillStyle = GREEK_INK;
    ctx.beginPath();
    for (const r of greekBars(plan.layout, box, options)) ctx.rect(r.x, r.y, r.w, r.h);
    ctx.fill();
  }
}
