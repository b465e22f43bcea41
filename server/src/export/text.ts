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

export interface WrapOptions {
  width: number;
  size: number;
  weight: FontWeight;
  /** At most this many lines; the last one ends in "…" when text was cut. */
  maxLines?: number;
}

/** Greedy word wrap; a word wider than the line is broken between characters. */
export function wrapText(text: string, measure: MeasureText, options: WrapOptions): string[] {
  const { width, size, weight } = options;
  const fits = (candidate: string) => measure(candidate, size, weight) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const char of word) {
        if (line && !fits(line + char)) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line);
  }
  return clamp(lines, options, measure);
}

function clamp(lines: string[], options: WrapOptions, measure: MeasureText): string[] {
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  if (max <= 0) return [];
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last && measure(`${last}…`, options.size, options.weight) > options.width) {
    last = [...last].slice(0, -1).join('');
  }
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}
