import type { NoteColor } from '@moteplass/shared';

/** Note fills: the list view's and the case file's colours (light enough for INK at 4.5:1). */
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
/** Selection and focus: a blue that holds 3:1 against the paper and every note fill. */
export const ACCENT = '#1d5fd1';
export const CARD_STYLE = {
  action: { fill: '#d9f2e6', stroke: '#1f6f43' },
  indicator: { fill: '#ece4f8', stroke: '#5b3b9a' },
} as const;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Below this scale, notes are drawn as plain coloured boxes (level of detail). */
export const LOD_SCALE = 0.5;
