import { breakLines, fitText, type FittedText, type Hyphenate } from '@moteplass/shared/text';
import type { FontWeight, MeasureText } from './fonts.js';

/**
 * Text as the exports print it: only characters the font can draw (PDF/A
 * forbids showing the font's empty ".notdef" glyph), wrapped to a width.
 */

/** Shown instead of a character the font lacks: a white square. */
const MISSING = '\u25a1';

/** Zero-width joiners and emoji variation selectors: they draw nothing, so they are dropped. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060]);
const isInvisible = (cp: number) => INVISIBLE.has(cp) || (cp >= 0xfe00 && cp <= 0xfe0f);

export function printable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (char === '\t') out += ' ';
    else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) continue;
    else if (isInvisible(codePoint)) continue;
    else if (codePoint >= 0xd800 && codePoint <= 0xdfff) out += MISSING;
    else out += hasGlyph(codePoint) ? char : MISSING;
  }
  return out;
}

/** How a text box is laid out: sizes to try, line height, the hyphenation of the workshop's language. */
export interface BoxStyle {
  /** Largest and smallest font size, board units (the same size twice: no shrinking). */
  max: number;
  min: number;
  weight: FontWeight;
  lineHeight: number;
}

export interface TextLayouter {
  /** Lines of `text` in a box, shrunk to fit, cut (and marked) only at the smallest size. */
  fit(text: string, width: number, height: number, style: BoxStyle): FittedText;
  /** Lines of `text` no wider than `width` at one size, for the report's flowing text. */
  wrap(text: string, width: number, size: number, weight: FontWeight): string[];
}

/** Layouts are cached: a board repeats its texts and sizes, and each is laid out once. */
const CACHE_LIMIT = 20_000;

export function createLayouter(measure: MeasureText, hyphenate: Hyphenate): TextLayouter {
  const fitted = new Map<string, FittedText>();
  return {
    fit(text, width, height, style) {
      const key = `${style.max}|${style.min}|${style.weight}|${style.lineHeight}|${width}|${height}|${text}`;
      const hit = fitted.get(key);
      if (hit) return hit;
      const layout = fitText(text, {
        width,
        height,
        max: style.max,
        min: style.min,
        lineHeight: style.lineHeight,
        measure: (part, size) => measure(part, size, style.weight),
        hyphenate,
      });
      if (fitted.size > CACHE_LIMIT) fitted.clear();
      fitted.set(key, layout);
      return layout;
    },
    wrap(text, width, size, weight) {
      return breakLines(text, {
        width,
        measure: (part) => measure(part, size, weight),
        hyphenate,
      }).map((line) => line.text);
    },
  };
}
