import type { NoteColor } from '../kinds/note/colours.js';

/**
 * The board's colours, one set for the canvas (client) and the case-file
 * drawing (SVG and PDF, server), so a board looks the same on screen and in
 * the archive. All opaque: PDF/A is safest without transparency. Note fills
 * are light enough for INK at 4.5:1.
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
  poll: { fill: '#fde9d4', stroke: '#8a4b08' },
} as const;
