/**
 * How the shared screen's grid of groups fills the board's area: as many
 * columns as make the miniatures largest while every group fits without
 * scrolling (up to 20 groups on a 1280×720 projector), and a type size that
 * follows the cards so a name stays readable across the room and never
 * pushes the miniature out.
 */
export interface ScreenGrid {
  columns: number;
  rows: number;
  /** Base font size of a card, CSS pixels. */
  fontPx: number;
  /** The miniature's box inside a card, CSS pixels. */
  miniature: { w: number; h: number };
  /**
   * How a card shows its group's floor: a line of its own ("Har ordet: …
   * · 2 hender oppe"), or, where that line would shrink the miniature below
   * `FLOOR_LINE_MIN_PX`, a badge beside the group's name (speaker mark, hands).
   */
  floor: 'line' | 'badge';
}

export interface ScreenGridSpace {
  width: number;
  height: number;
  /** Width ÷ height of a group's frame on the board. */
  aspect: number;
  /** Pixels between cards. */
  gap?: number;
}

/** Type sizes the cards use, CSS pixels: never below what a projector shows legibly from afar. */
export const CARD_FONT = { min: 14, max: 26 } as const;
/** A card's name: 1.15 em, 1.3 high. */
const NAME_EM = 1.15 * 1.3;
/** The counts ("4 personer · 1 borte · 3 lapper · Sist aktiv 10:37") at 0.8 em: about this many em wide. */
const COUNTS_WIDTH_EM = 24;
const COUNTS_LINE_EM = 0.8 * 1.3;
/** The group's floor ("Har ordet: Innbygger (Kari) · 2 hender oppe") at 0.8 em: about this many em wide. */
const FLOOR_WIDTH_EM = 22;
const PADDING_PX = 12;
/** The narrowest miniature for which a card gives the floor a line of its own, CSS pixels. */
export const FLOOR_LINE_MIN_PX = 160;

/** How many lines a text about `widthEm` wide at 0.8 em takes in a card `cellW` wide at `fontPx`. */
function countLines(cellW: number, fontPx: number, widthEm: number): number {
  const perLine = Math.max(1, (cellW - 2 * PADDING_PX) / (0.8 * fontPx));
  return Math.ceil(widthEm / perLine);
}

export function screenGrid(count: number, space: ScreenGridSpace): ScreenGrid {
  const withLine = bestGrid(count, space, true);
  if (withLine.miniature.w >= FLOOR_LINE_MIN_PX) return withLine;
  return bestGrid(count, space, false);
}

function bestGrid(count: number, space: ScreenGridSpace, floorLine: boolean): ScreenGrid {
  const floor = floorLine ? 'line' : 'badge';
  const n = Math.max(1, count);
  const gap = space.gap ?? 12;
  let best: ScreenGrid | null = null;
  let bestArea = -1;
  for (let columns = 1; columns <= n; columns++) {
    const rows = Math.ceil(n / columns);
    // A column more than needed only makes every card narrower.
    if (columns > 1 && Math.ceil(n / (columns - 1)) === rows) continue;
    const cellW = (space.width - gap * (columns - 1)) / columns;
    const cellH = (space.height - gap * (rows - 1)) / rows;
    if (cellW <= 0 || cellH <= 0) continue;
    const fontPx = Math.round(
      Math.min(CARD_FONT.max, Math.max(CARD_FONT.min, Math.min(cellW / 16, cellH / 9))),
    );
    const boxW = cellW - 2 * PADDING_PX;
    // "Gruppe 12" must fit on its line.
    if (cellW - 2 * PADDING_PX < 6 * fontPx && columns > 1) continue;
    const lines =
      countLines(cellW, fontPx, COUNTS_WIDTH_EM) +
      (floorLine ? countLines(cellW, fontPx, FLOOR_WIDTH_EM) : 0);
    const textEm = NAME_EM + lines * COUNTS_LINE_EM;
    const boxH = cellH - 2 * PADDING_PX - textEm * fontPx;
    if (boxW <= 0 || boxH <= 0) continue;
    const w = Math.min(boxW, boxH * space.aspect);
    const h = w / space.aspect;
    if (w * h > bestArea) {
      bestArea = w * h;
      best = { columns, rows, fontPx, miniature: { w: Math.floor(w), h: Math.floor(h) }, floor };
    }
  }
  return best ?? { columns: n, rows: 1, fontPx: CARD_FONT.min, miniature: { w: 0, h: 0 }, floor };
}
