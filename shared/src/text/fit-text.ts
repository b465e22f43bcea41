import { breakLines, prepareText, type BrokenLine } from './break-lines.js';
import type { Hyphenate } from './hyphenation.js';

/**
 * Text in a box, shrunk to fit as the canvas does with sticky notes: the
 * largest size from `max` down (×0.85 a step) at which every line fits the
 * box and no word had to be split; at `min`, the lines that do not fit are left out and the box is
 * marked `cut` (the caller shows the full text elsewhere). A cut ends at a
 * whole word followed by "…", never inside a word.
 */
export interface FitOptions {
  width: number;
  height: number;
  max: number;
  min: number;
  /** Line height as a share of the font size. */
  lineHeight: number;
  /** Width of `text` at font size `size`. */
  measure: (text: string, size: number) => number;
  hyphenate?: Hyphenate;
}

export interface FittedText {
  size: number;
  lines: BrokenLine[];
  /** Not all of the text is in `lines`. */
  cut: boolean;
}

export const ELLIPSIS = '…';
const STEP = 0.85;

export function fitText(text: string, options: FitOptions): FittedText {
  const prepared = prepareText(text);
  const sizes: number[] = [];
  for (let size = options.max; size > options.min; size = Math.floor(size * STEP)) sizes.push(size);
  sizes.push(options.min);
  for (const size of sizes) {
    const lines = breakLines(prepared, {
      width: options.width,
      measure: (part) => options.measure(part, size),
      ...(options.hyphenate ? { hyphenate: options.hyphenate } : {}),
    });
    const room = Math.floor(options.height / (size * options.lineHeight) + 1e-9);
    // As on the canvas, a word wider than the box makes the text smaller first; it is
    // hyphenated only at the smallest size.
    const split = size > options.min && lines.some((line) => line.continues);
    if (lines.length <= room && !split) return { size, lines, cut: false };
    if (size === options.min) return cutTo(lines, room, size, options);
  }
  return { size: options.min, lines: [], cut: text.trim().length > 0 };
}

function cutTo(lines: BrokenLine[], room: number, size: number, options: FitOptions): FittedText {
  if (room < 1) return { size, lines: [], cut: true };
  const kept = lines.slice(0, room);
  const last = kept[room - 1];
  if (!last) return { size, lines: kept, cut: true };
  // Drop whole words from the end until the ellipsis fits.
  let words = last.text.split(' ');
  if (last.continues) words = words.slice(0, -1);
  while (
    words.length > 0 &&
    options.measure(`${words.join(' ')} ${ELLIPSIS}`, size) > options.width
  )
    words = words.slice(0, -1);
  kept[room - 1] = {
    text: words.length ? `${words.join(' ')} ${ELLIPSIS}` : ELLIPSIS,
    hyphenated: false,
  };
  return { size, lines: kept, cut: true };
}
