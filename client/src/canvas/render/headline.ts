import type { Rect } from '../geometry';
import { HEADLINE_PX, headlineOf } from './lod';
import { layoutText, type TextLayout } from './text-layout';

/** A headline is never larger than this share of its box's height (one big word is enough). */
const MAX_SHARE = 0.4;
/** Fewer letters than this on the first line is no word: the text is only suggested (greeked). */
const MIN_CHARS = 3;
const LEADING = 1.15;

/**
 * The fitted headline of a text in `box` (world units), seen at scale step
 * `step`: as many of the first words (`headlineOf`) as fit whole, as large
 * as the box allows and at least HEADLINE_PX on screen; where not even the
 * first word fits, that word cut with an ellipsis on one line. Null when the
 * box cannot hold a few letters at that size. Cached by the text layout per
 * (text, box, step), so a zoom that stays within a step lays nothing out again.
 */
export function headlineLayout(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: Rect,
  step: number,
  bold = false,
): TextLayout | null {
  const words = headlineOf(text).split(' ');
  if (!words[0]) return null;
  const min = HEADLINE_PX / step;
  const options = { max: Math.max(min, box.h * MAX_SHARE), min, bold, leading: LEADING };
  // Fewer words rather than broken ones: "Ungdommene…" reads, "Ungdom / mene" does not.
  for (let count = words.length; count >= 1; count--) {
    const kept = words.slice(0, count).join(' ');
    const headline = count < words.length ? `${kept.replace(/[\s,.;:!?–-]+$/u, '')}…` : kept;
    const layout = layoutText(ctx, headline, box.w, box.h, options);
    if (layout.complete) return layout;
  }
  const first = words[0].replace(/…$/u, '');
  const cut = layoutText(ctx, first, box.w, min * LEADING, { ...options, max: min });
  const letters = cut.lines[0]?.replace(/…$/u, '') ?? '';
  return letters.length >= Math.min(MIN_CHARS, first.length) ? cut : null;
}
