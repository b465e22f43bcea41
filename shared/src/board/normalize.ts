import { Value } from '@sinclair/typebox/value';
import { LIMITS } from '../limits.js';
import { BoardItemSchema, NOTE_COLORS, type BoardItem, type NoteColor } from './items.js';
import { NOTE_FILLS } from './palette.js';

/**
 * An item as another client, an import or an older version may have written
 * it, made into a valid item where that loses nothing a reader needs, so the
 * case file never drops a note's words (EXPORT-4):
 * - a note colour that is no palette name (`#ffe066`, `teal`) becomes the
 *   nearest palette colour, or yellow when it cannot be read;
 * - fields the schema does not know are left out;
 * - text longer than the limit is kept whole (checked as if cut, then restored).
 * What cannot be made valid is reported with its reason and whatever text it
 * carried, for the report's "omitted items" appendix.
 */
export const OMIT_REASONS = [
  'notAnItem',
  'unknownType',
  'badPhase',
  'badGeometry',
  'invalid',
] as const;
export type OmitReason = (typeof OMIT_REASONS)[number];

export type NormalizedItem =
  | { ok: true; item: BoardItem; changed: boolean }
  | { ok: false; reason: OmitReason; type: string; text: string };

const TYPES: ReadonlySet<string> = new Set(
  BoardItemSchema.anyOf.map((schema) => schema.properties.type.const),
);
const TEXT_FIELDS = ['text', 'title', 'alt'] as const;

export function normalizeBoardItem(raw: unknown): NormalizedItem {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'notAnItem', type: '', text: '' };
  }
  const record = raw as Record<string, unknown>;
  const type = typeof record['type'] === 'string' ? record['type'] : '';
  const text = textOf(record);
  if (!TYPES.has(type)) return { ok: false, reason: 'unknownType', type, text };
  const schema = BoardItemSchema.anyOf.find(
    (candidate) => candidate.properties.type.const === type,
  );
  if (!schema) return { ok: false, reason: 'unknownType', type, text };
  const fields = Object.keys(schema.properties);
  const extra = Object.keys(record).some((key) => !fields.includes(key));
  if (!extra && Value.Check(schema, raw))
    return { ok: true, item: raw as BoardItem, changed: false };

  // Only the fields of its own type; over-long text checked as if cut.
  const known: Record<string, unknown> = {};
  for (const key of fields) if (key in record) known[key] = record[key];
  if (type === 'note' && typeof known['color'] !== 'string') known['color'] = 'yellow';
  if (type === 'note') known['color'] = nearestNoteColor(String(known['color']));
  const long: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const value = known[field];
    const limit = field === 'title' ? LIMITS.titleLength : LIMITS.itemTextLength;
    if (typeof value === 'string' && value.length > limit) {
      long[field] = value;
      known[field] = value.slice(0, limit);
    }
  }
  if (!Value.Check(schema, known)) {
    const geometry = {
      x: schema.properties.x,
      y: schema.properties.y,
      w: schema.properties.w,
      h: schema.properties.h,
    };
    const reason: OmitReason = !Value.Check(schema.properties.phase, known['phase'])
      ? 'badPhase'
      : Object.entries(geometry).some(([key, check]) => !Value.Check(check, known[key]))
        ? 'badGeometry'
        : 'invalid';
    return { ok: false, reason, type, text };
  }
  return { ok: true, item: { ...known, ...long } as BoardItem, changed: true };
}

function textOf(record: Record<string, unknown>): string {
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return '';
}

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
