import { FONT } from './style';

export interface TextLayout {
  fontSize: number;
  lineHeight: number;
  lines: string[];
  /** Every word fits whole: no word was broken and nothing was cut. */
  complete: boolean;
}

export interface TextBoxOptions {
  /** Largest font size tried, world units. */
  max: number;
  /** Smallest: below it the text is cut with an ellipsis instead of shrinking more. */
  min: number;
  bold?: boolean;
  /** Line height as a multiple of the font size (1.25 unless said). */
  leading?: number;
}

/** Layouts are cached: text is laid out once per (text, box, sizes), not per frame. */
const cache = new Map<string, TextLayout>();
const CACHE_LIMIT = 20_000;

/**
 * Widths are measured once per string and font weight, at REFERENCE_PX, and
 * scaled: canvas text width is proportional to the font size (to well under
 * a pixel at note sizes), and the same words come back in note after note,
 * so a zoomed-out frame of thousands of notes lays out with arithmetic.
 */
const REFERENCE_PX = 100;
const widths = new Map<string, number>();
const WIDTH_LIMIT = 50_000;
/** Kept free at the right edge, for the rounding of the scaled widths. */
const SLACK = 0.02;

let measured = 0;

/** How many strings were measured with measureText since the start (for tests and the bench). */
export function measureCount(): number {
  return measured;
}

export function fontOf(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT}`;
}

/** Width of `text` at font `size` (world units), from the cache when it can. */
export function textWidth(
  ctx: CanvasRenderingContext2D,
  text: string,
  size: number,
  bold = false,
): number {
  const key = bold ? `b${text}` : `n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    ctx.font = fontOf(REFERENCE_PX, bold);
    width = ctx.measureText(text).width;
    measured += 1;
    if (widths.size > WIDTH_LIMIT) widths.clear();
    widths.set(key, width);
  }
  return (width * size) / REFERENCE_PX;
}

/**
 * Break `text` into lines no wider than `width` at font `size`. A word wider
 * than the box stays whole (so the caller shrinks the font first) unless
 * `breakWords`, when it is cut by characters.
 */
export function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  size: number,
  bold = false,
  breakWords = false,
): string[] {
  return wrapMeasured(ctx, text, width, size, bold, breakWords).lines;
}

/** `wrap`, and the widest line's width, summed from the words' (a line is never measured whole). */
function wrapMeasured(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  size: number,
  bold: boolean,
  breakWords: boolean,
): { lines: string[]; widest: number } {
  const lines: string[] = [];
  let widest = 0;
  const measure = (s: string) => textWidth(ctx, s, size, bold);
  const push = (line: string, lineWidth: number) => {
    let rest = line;
    let restWidth = lineWidth;
    while (breakWords && rest.length > 1 && restWidth > width) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
      const head = rest.slice(0, cut);
      lines.push(head);
      widest = Math.max(widest, measure(head));
      rest = rest.slice(cut);
      restWidth = measure(rest);
    }
    lines.push(rest);
    widest = Math.max(widest, restWidth);
  };
  const space = measure(' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      const w = measure(word);
      if (!line) {
        line = word;
        lineWidth = w;
      } else if (lineWidth + space + w <= width) {
        line = `${line} ${word}`;
        lineWidth += space + w;
      } else {
        push(line, lineWidth);
        line = word;
        lineWidth = w;
      }
    }
    push(line, lineWidth);
  }
  return { lines, widest };
}

/** The last line that fits, ending in an ellipsis (its last word, or last letters, give way). */
function ellipsis(
  ctx: CanvasRenderingContext2D,
  line: string,
  width: number,
  size: number,
  bold: boolean,
): string {
  let rest = line.replace(/\s*…$/u, '');
  let out = `${rest}…`;
  while (rest.length > 0 && textWidth(ctx, out, size, bold) > width) {
    const cut = rest.lastIndexOf(' ');
    rest = cut > 0 ? rest.slice(0, cut) : rest.slice(0, -1);
    out = `${rest.replace(/[\s,.;:]+$/u, '')}…`;
  }
  return out;
}

/**
 * The largest font (between max and min) at which the text fits the box;
 * at the smallest, the lines that do not fit are dropped and the last one
 * ends in an ellipsis. Sticky notes "shrink to fit" with this.
 */
export function layoutText(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  height: number,
  options: TextBoxOptions,
): TextLayout {
  const bold = options.bold ?? false;
  const leading = options.leading ?? 1.25;
  const key = `${options.max}|${options.min}|${bold ? 1 : 0}|${leading}|${Math.round(width)}|${Math.round(height)}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const room = width * (1 - SLACK);
  let layout: TextLayout | null = null;
  // From the largest size down by 15 % steps, the smallest always tried last.
  const min = options.min > 0 && Number.isFinite(options.min) ? options.min : 1;
  const max = options.max > min && Number.isFinite(options.max) ? options.max : min;
  for (let size = max; ; size = Math.max(min, Math.floor(size * 0.85))) {
    const last = size <= min;
    const wrapped = wrapMeasured(ctx, text, room, size, bold, false);
    let lines = wrapped.lines;
    const lineHeight = size * leading;
    const fits = lines.length * lineHeight <= height && wrapped.widest <= room;
    if (fits || last) {
      if (!fits) lines = wrapMeasured(ctx, text, room, size, bold, true).lines;
      const fit = Math.max(1, Math.floor(height / lineHeight));
      if (lines.length > fit) {
        lines.length = fit;
        lines[fit - 1] = ellipsis(ctx, lines[fit - 1]!, room, size, bold);
      }
      layout = { fontSize: size, lineHeight, lines, complete: fits };
      break;
    }
  }
  layout ??= { fontSize: min, lineHeight: min * leading, lines: [], complete: false };
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(key, layout);
  return layout;
}
