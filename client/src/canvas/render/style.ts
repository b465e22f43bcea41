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

/** Selection and focus: a blue that holds 3:1 against the paper and every note fill. */
export const ACCENT = '#1d5fd1';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
