/**
 * Sizes of the board drawing, in board units, shared by the SVG and the PDF.
 * The colours are the board's own (shared/src/board/palette.ts), the same as
 * on the canvas.
 */
export {
  CARD_STYLE,
  INK,
  LINE,
  MUTED,
  NOTE_EDGE,
  NOTE_FILLS,
  PAPER,
  SURFACE,
} from '@moteplass/shared';

export const SIZES = {
  frameTitle: 32,
  frameTitleMin: 20,
  framePadding: 24,
  /** Note text shrinks from 24 to fit, as on the canvas, but not below 12: at the report's scale that is 4.5 pt. */
  noteText: 24,
  noteTextMin: 12,
  noteLineHeight: 1.25,
  /** The canvas's inset of a note's text. */
  notePadding: 14,
  meta: 14,
  text: 24,
  shapeText: 20,
  cardText: 18,
  stroke: 2,
  connector: 3,
  arrow: 16,
  /** Space around the drawing. */
  margin: 40,
} as const;
