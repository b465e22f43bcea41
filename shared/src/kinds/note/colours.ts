/** Palette of sticky-note colours (light enough for dark text at 4.5:1). */
export const NOTE_COLORS = ['yellow', 'pink', 'green', 'blue', 'orange', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];
