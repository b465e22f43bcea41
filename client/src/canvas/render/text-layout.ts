import { FONT } from './style';

export interface TextLayout {
  fontSize: number;
  lineHeight: number;
  lines: string[];
}

export interface TextBoxOptions {
  /** Largest font size tried, world units. */
  max: number;
  /** Smallest: below it the text is cut with an ellipsis instead of shrinking more. */
  min: number;
  bold?: boolean;
}

/** Layouts are cached: text is measured once per (text, box, size), not per frame. */
const cache = new Map<string, TextLayout>();
const CACHE_LIMIT = 20_000;

export function fontOf(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT}`;
}

/**
 * Break `text` into lines no wider than `width` at the context's current
 * font. A word wider than the box stays whole (so the caller shrinks the
 * font first) unless `breakWords`, when it is cut by characters.
 */
export function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  width: number,
  breakWords = false,
): string[] {
  const lines: string[] = [];
  const push = (line: string) => {
    let rest = line;
    while (breakWords && rest.length > 1 && ctx.measureText(rest).width > width) {
      let cut = rest.length - 1;
      while (cut > 1 && ctx.measureText(rest.slice(0, cut)).width > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    lines.push(rest);
  };
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (!word) continue;
      const candidate = line ? `${line} ${word}` : word;
      if (!line || ctx.measureText(candidate).width <= width) line = candidate;
      else {
        push(line);
        line = word;
      }
    }
    push(line);
  }
  return lines;
}

function widest(ctx: CanvasRenderingContext2D, lines: readonly string[]): number {
  let max = 0;
  for (const line of lines) max = Math.max(max, ctx.measureText(line).width);
  return max;
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
  const key = `${options.max}|${options.min}|${options.bold ? 1 : 0}|${Math.round(width)}|${Math.round(height)}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let layout: TextLayout | null = null;
  for (let size = options.max; size >= options.min; size = Math.floor(size * 0.85)) {
    ctx.font = fontOf(size, options.bold);
    const last = Math.floor(size * 0.85) < options.min;
    let lines = wrap(ctx, text, width);
    const lineHeight = size * 1.25;
    const fits = lines.length * lineHeight <= height && widest(ctx, lines) <= width;
    if (fits || last) {
      if (!fits) lines = wrap(ctx, text, width, true);
      const fit = Math.max(1, Math.floor(height / lineHeight));
      if (lines.length > fit) {
        lines.length = fit;
        lines[fit - 1] = `${lines[fit - 1]!.replace(/\s*\S?$/, '')}…`;
      }
      layout = { fontSize: size, lineHeight, lines };
      break;
    }
  }
  layout ??= { fontSize: options.min, lineHeight: options.min * 1.25, lines: [] };
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(key, layout);
  return layout;
}
