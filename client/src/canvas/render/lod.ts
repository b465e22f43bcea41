/**
 * Level of detail that keeps meaning (issue 15). Pure decisions from sizes
 * on screen, in CSS pixels, so they are tested without a canvas:
 *
 * - `full`: the item's own text layout is readable where it is;
 * - `headline`: it is not, but the box can hold a word: its first words,
 *   fitted as large as the box allows and never below HEADLINE_PX;
 * - `block`: a box a few pixels across: its colour only.
 */

/** Below this (the box's shorter side on screen) a note is a coloured block. */
export const BLOCK_PX = 14;
/** Text whose font is smaller than this on screen is not drawn as it is laid out. */
export const READABLE_PX = 9;
/** The smallest font a headline is drawn at. */
export const HEADLINE_PX = 9;
/** Frame titles are never drawn smaller than this; below it they move above the frame. */
export const FRAME_TITLE_PX = 16;
/** Phase prompts shown with the frame title when their own boxes are too small to read. */
export const FRAME_PROMPT_PX = 14;
/** A frame narrower than this on screen gets no title (nothing would fit). */
export const FRAME_LABEL_MIN_WIDTH_PX = 48;

export type Detail = 'block' | 'headline' | 'full';

/**
 * Which detail an item's text gets: `boxPx` is the shorter side of its text
 * box on screen, `fontPx` the size its full layout would be drawn at.
 */
export function textDetail(boxPx: number, fontPx: number): Detail {
  if (!(boxPx >= BLOCK_PX)) return 'block';
  return fontPx >= READABLE_PX ? 'full' : 'headline';
}

/**
 * The scale rounded down to a step of 2^(1/4) (about 19 %), so that the
 * layouts that depend on the scale (headlines) are measured once per step,
 * not on every frame of a zoom. Rounding down keeps text at least as large
 * on screen as asked.
 */
export function scaleStep(scale: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) return 1;
  return 2 ** (Math.floor(Math.log2(scale) * 4) / 4);
}

/** Where a frame's title goes: in its title band while readable there, else above the frame. */
export function frameTitlePlace(titleFontPx: number): 'inside' | 'above' {
  return titleFontPx >= FRAME_TITLE_PX ? 'inside' : 'above';
}

const WORD = /\S+/g;

/**
 * The headline of a text: its first paragraph that has words, at most
 * `maxWords` words and `maxChars` characters (a first word longer than that
 * stays whole: the layout breaks it), ending in "…" when something was left
 * out, so a reader knows there is more.
 */
export function headlineOf(text: string, maxWords = 5, maxChars = 36): string {
  const paragraphs = text.split('\n');
  const firstAt = paragraphs.findIndex((p) => p.trim() !== '');
  if (firstAt < 0) return '';
  const words = paragraphs[firstAt]!.match(WORD) ?? [];
  const moreAfter = paragraphs.slice(firstAt + 1).some((p) => p.trim() !== '');
  const kept: string[] = [];
  let length = 0;
  for (const word of words) {
    const next = length + (kept.length > 0 ? 1 : 0) + word.length;
    if (kept.length > 0 && (kept.length >= maxWords || next > maxChars)) break;
    kept.push(word);
    length = next;
  }
  const cut = kept.length < words.length || moreAfter;
  const headline = kept.join(' ');
  return cut ? `${headline.replace(/[\s,.;:!?–-]+$/u, '')}…` : headline;
}
