import type { NoteColor } from '@moteplass/shared';

/**
 * Colours and sizes of the board drawing, in board units, shared by the SVG
 * and the PDF. Note colours match the client's (client/src/app/styles.css);
 * all are opaque, since PDF/A archives are safest without transparency.
 */
export const NOTE_FILLS: Record<NoteColor, string> = {
  yellow: '#fff3a6',
  pink: '#ffd9e6',
  green: '#d6f5d6',
  blue: '#d6e8ff',
  orange: '#ffe0c2',
  purple: '#e8dcff',
};

export const INK = '#1c1f23';
export const MUTED = '#454b53';
export const LINE = '#6b7280';
export const PAPER = '#f7f6f2';
export const SURFACE = '#ffffff';
export const NOTE_EDGE = '#a39e8c';

export const CARD_STYLE = {
  action: { fill: '#d9f2e6', stroke: '#1f6f43' },
  indicator: { fill: '#ece4f8', stroke: '#5b3b9a' },
} as const;

export const SIZES = {
  frameTitle: 32,
  framePadding: 24,
  noteText: 20,
  notePadding: 16,
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
