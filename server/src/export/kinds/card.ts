import type { BoardItem } from '@moteplass/shared';
import type { Mark } from '../board-marks.js';
import { MUTED, SIZES } from '../board-style.js';
import { LINE_HEIGHT } from '../fonts.js';
import { text, type ItemDrawContext } from './kind-drawing.js';

/** The words of a structured card: a bold header, the body, a muted footer. */
export interface CardFace {
  style: { fill: string; stroke: string };
  header: string;
  body: string;
  footer: string;
}

/** A produce-phase card (action, indicator, poll): a tinted box with header, body and footer. */
export function drawCard(item: BoardItem, face: CardFace, context: ItemDrawContext): Mark[] {
  const { x, y, w, h } = item;
  const p = SIZES.notePadding;
  const band = SIZES.meta * LINE_HEIGHT;
  return [
    {
      kind: 'rect',
      x,
      y,
      w,
      h,
      fill: face.style.fill,
      stroke: face.style.stroke,
      strokeWidth: SIZES.stroke,
      radius: 6,
    },
    ...text(face.header, { x: x + p, y: y + p, w: w - 2 * p, h: band }, SIZES.meta, context, {
      weight: 'bold',
      color: face.style.stroke,
    }),
    ...text(
      face.body,
      { x: x + p, y: y + p + band, w: w - 2 * p, h: h - 2 * p - 2 * band },
      SIZES.cardText,
      context,
      { min: SIZES.noteTextMin },
    ),
    ...text(
      face.footer,
      { x: x + p, y: y + h - p - band, w: w - 2 * p, h: band },
      SIZES.meta,
      context,
      {
        color: MUTED,
      },
    ),
  ];
}
