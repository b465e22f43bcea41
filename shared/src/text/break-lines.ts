import type { Hyphenate } from './hyphenation.js';
import { graphemesOf, segmentsOf } from './segments.js';

/**
 * Greedy line breaking with real font metrics: lines end only at Unicode
 * line-break opportunities (UAX #14; never inside a date or a web address),
 * and a word wider than the whole line is split at a hyphenation point with
 * a visible hyphen. A web address wider than the line is split after a "/"
 * or "." with no hyphen (one would read as part of it). Only a piece wider
 * than the line with no such point left (a long number) is cut between
 * characters, still with a hyphen, so a reader sees it goes on.
 *
 * `measure` gives the width of a string in the font and size being laid out
 * (pdfkit's advance widths on the server, `measureText` on a canvas). Widths
 * are taken as additive: the exports draw without kerning.
 */
export type Measure = (text: string) => number;

export interface BrokenLine {
  text: string;
  /** The line ends in a hyphen that is not in the text (a word continues on the next line). */
  hyphenated: boolean;
  /** A piece continues on the next line with no space between (hyphenated, or a long web address). */
  continues?: boolean;
}

export interface BreakOptions {
  width: number;
  measure: Measure;
  hyphenate?: Hyphenate;
}

export const HYPHEN = '-';

/** A paragraph's pieces, prepared once and laid out at any width and size. */
export type PreparedText = string[][];

export function prepareText(text: string): PreparedText {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((paragraph) => segmentsOf(paragraph));
}

export function breakLines(text: string | PreparedText, options: BreakOptions): BrokenLine[] {
  const paragraphs = typeof text === 'string' ? prepareText(text) : text;
  const lines: BrokenLine[] = [];
  for (const segments of paragraphs) breakParagraph(segments, options, lines);
  return lines;
}

function breakParagraph(segments: readonly string[], options: BreakOptions, out: BrokenLine[]) {
  const { width, measure } = options;
  let line = '';
  let lineWidth = 0;
  const flush = () => {
    out.push({ text: line.trimEnd(), hyphenated: false });
    line = '';
    lineWidth = 0;
  };
  for (const segment of segments) {
    const full = measure(segment);
    const trimmed = segment.trimEnd();
    const visible = trimmed === segment ? full : measure(trimmed);
    if (lineWidth + visible <= width) {
      line += segment;
      lineWidth += full;
      continue;
    }
    if (line) flush();
    if (visible <= width) {
      line = segment;
      lineWidth = full;
      continue;
    }
    // Wider than a whole line: split it, every line but the last ending in a hyphen.
    const pieces = splitWide(trimmed, options);
    for (const piece of pieces.slice(0, -1)) {
      out.push({ text: piece.text, hyphenated: piece.hyphen, continues: true });
    }
    line = (pieces.at(-1)?.text ?? '') + segment.slice(trimmed.length);
    lineWidth = measure(line);
  }
  flush();
}

/** A web address is split after a "/" or "." and gets no hyphen: a hyphen would read as part of it. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu;

/** Pieces of a too-wide word, each but the last fitting (with its hyphen, if it gets one). */
function splitWide(word: string, options: BreakOptions): { text: string; hyphen: boolean }[] {
  const { width, measure } = options;
  const address = ADDRESS.test(word);
  const points = address ? addressPoints(word) : hyphenationPoints(word, options.hyphenate);
  const mark = address ? '' : HYPHEN;
  const pieces: { text: string; hyphen: boolean }[] = [];
  let start = 0;
  while (measure(word.slice(start)) > width) {
    const fitting = points.filter(
      (point) => point > start && measure(word.slice(start, point) + mark) <= width,
    );
    const point = fitting.at(-1) ?? cutBetweenCharacters(word, start, mark, options);
    if (point <= start) break;
    pieces.push({ text: word.slice(start, point) + mark, hyphen: mark !== '' });
    start = point;
  }
  pieces.push({ text: word.slice(start), hyphen: false });
  return pieces;
}

function addressPoints(word: string): number[] {
  const points: number[] = [];
  for (const match of word.matchAll(/[/.?&=#_-]+/g)) {
    const end = match.index + match[0].length;
    // Not inside the "://" of the scheme.
    if (end < word.length && !word.slice(0, end).endsWith(':/')) points.push(end);
  }
  return points;
}

/** Hyphenation points of the letters in a piece ("«Fritidsklubbtilbudet»," too). */
function hyphenationPoints(word: string, hyphenate: Hyphenate | undefined): number[] {
  if (!hyphenate) return [];
  const match = /[\p{L}\p{M}]{5,}/u.exec(word);
  if (!match) return [];
  return hyphenate(match[0]).map((point) => match.index + point);
}

/** The last character boundary where the piece from `start` still fits with a hyphen. */
function cutBetweenCharacters(
  word: string,
  start: number,
  mark: string,
  options: BreakOptions,
): number {
  let end = start;
  for (const grapheme of graphemesOf(word.slice(start))) {
    const next = end + grapheme.length;
    if (end > start && options.measure(word.slice(start, next) + mark) > options.width) break;
    end = next;
  }
  return end;
}
