import { NOTE_FILLS } from '../../board/palette.js';
import { NOTE_COLORS, type NoteColor } from './colours.js';

const PALETTE = NOTE_COLORS.map((name) => ({ name, rgb: rgbOf(NOTE_FILLS[name]) }));
/** Colour words other clients write, by the palette colour they mean. */
const NAMED: Record<string, NoteColor> = {
  gul: 'yellow',
  rosa: 'pink',
  red: 'pink',
  rød: 'pink',
  grønn: 'green',
  teal: 'green',
  blå: 'blue',
  cyan: 'blue',
  lilla: 'purple',
  violet: 'purple',
};

/** The palette colour a colour value is closest to (RGB distance); yellow when it cannot be read. */
export function nearestNoteColor(value: string): NoteColor {
  const lower = value.trim().toLowerCase();
  if ((NOTE_COLORS as readonly string[]).includes(lower)) return lower as NoteColor;
  const named = NAMED[lower];
  if (named) return named;
  const rgb = rgbOf(lower);
  if (!rgb) return 'yellow';
  let best: NoteColor = 'yellow';
  let distance = Infinity;
  for (const entry of PALETTE) {
    if (!entry.rgb) continue;
    const d = entry.rgb.reduce(
      (sum, channel, index) => sum + (channel - (rgb[index] ?? 0)) ** 2,
      0,
    );
    if (d < distance) {
      distance = d;
      best = entry.name;
    }
  }
  return best;
}

function rgbOf(value: string): [number, number, number] | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
    return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(value);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}
