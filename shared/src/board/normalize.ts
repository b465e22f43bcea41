import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import { kindOf, migrateItem, nearestNoteColor, type BoardItem } from '../kinds/index.js';

export { nearestNoteColor };

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
  /** Written by a newer Møteplass than this one (KIND-4): kept in the document, skipped here. */
  'newerVersion',
] as const;
export type OmitReason = (typeof OMIT_REASONS)[number];

export type NormalizedItem =
  | { ok: true; item: BoardItem; changed: boolean }
  | { ok: false; reason: OmitReason; type: string; text: string };

const TEXT_FIELDS = ['text', 'title', 'alt', 'question'] as const;

export function normalizeBoardItem(raw: unknown): NormalizedItem {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'notAnItem', type: '', text: '' };
  }
  const claimed = (raw as { type?: unknown }).type;
  const type = typeof claimed === 'string' ? claimed : '';
  const text = textOf(raw as Record<string, unknown>);
  const kind = kindOf(type);
  if (!kind) return { ok: false, reason: 'unknownType', type, text };
  const migrated = migrateItem(raw);
  if (migrated.status === 'newer') return { ok: false, reason: 'newerVersion', type, text };
  if (migrated.status === 'unknown') return { ok: false, reason: 'invalid', type, text };
  const record = migrated.item;
  const { schema } = kind;
  const fields = Object.keys(schema.properties);
  const extra = Object.keys(record).some((key) => !fields.includes(key));
  if (!extra && Value.Check(schema, record)) {
    return { ok: true, item: record as BoardItem, changed: migrated.status === 'migrated' };
  }

  // Only the fields of its own kind; over-long text checked as if cut.
  const known: Record<string, unknown> = {};
  for (const key of fields) if (key in record) known[key] = record[key];
  kind.repair?.(known);
  const long: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const value = known[field];
    const limit = (schema.properties[field] as { maxLength?: number } | undefined)?.maxLength;
    if (typeof value === 'string' && limit !== undefined && value.length > limit) {
      long[field] = value;
      known[field] = value.slice(0, limit);
    }
  }
  if (!Value.Check(schema, known)) {
    const property = (key: string) => schema.properties[key] as TSchema;
    const geometry = ['x', 'y', 'w', 'h'];
    const reason: OmitReason = !Value.Check(property('phase'), known['phase'])
      ? 'badPhase'
      : geometry.some((key) => !Value.Check(property(key), known[key]))
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
