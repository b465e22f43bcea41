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

/** Printable ASCII and Latin-1, which DejaVu Sans covers: most notes, passed through as they are. */
const LATIN_1 = /^[\x20-\x7e\xa0-\xff\n]*$/;

export function printable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  if (LATIN_1.test(text)) return text;
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
  const wrappedLines = new Map<string, string[]>();
  // Widths at size 1, by weight: a board repeats its words, and widths scale with the size.
  const unit = { regular: new Map<string, number>(), bold: new Map<string, number>() };
  const width = (text: string, size: number, weight: FontWeight) => {
    const cache = unit[weight];
    let value = cache.get(text);
    if (value === undefined) {
      value = measure(text, 1, weight);
      if (cache.size > CACHE_LIMIT * 4) cache.clear();
      cache.set(text, value);
    }
    return value * size;
  };
  const remember = <T>(cache: Map<string, T>, key: string, value: T) => {
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(key, value);
    return value;
  };
  return {
    fit(text, boxWidth, height, style) {
      const key = `${style.max}|${style.min}|${style.weight}|${style.lineHeight}|${boxWidth}|${height}|${text}`;
      return (
        fitted.get(key) ??
        remember(
          fitted,
          key,
          fitText(text, {
            width: boxWidth,
            height,
            max: style.max,
            min: style.min,
            lineHeight: style.lineHeight,
            measure: (part, size) => width(part, size, style.weight),
            hyphenate,
          }),
        )
      );
    },
    wrap(text, lineWidth, size, weight) {
      const key = `${size}|${weight}|${lineWidth}|${text}`;
      return (
        wrappedLines.get(key) ??
        remember(
          wrappedLines,
          key,
          breakLines(text, {
            width: lineWidth,
            measure: (part) => width(part, size, weight),
            hyphenate,
          }).map((line) => line.text),
        )
      );
    },
  };
}
