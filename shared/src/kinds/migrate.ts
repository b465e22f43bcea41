import { ITEM_KINDS, kindOf } from './table.js';

/**
 * Bring an item as stored up to its kind's current version by running the
 * kind's migrations in order (KIND-3). An item of a newer version than this
 * code knows is never rewritten (KIND-4): readers skip and report it, and the
 * newer server that wrote it still finds it whole.
 */
export type Migrated =
  | { status: 'current'; item: Record<string, unknown> }
  | { status: 'migrated'; item: Record<string, unknown>; from: number; to: number; steps: string[] }
  | { status: 'newer'; type: string; version: number }
  /** Not an object, an unknown type, or a `v` that is no positive whole number: left to the schema. */
  | { status: 'unknown'; item: unknown };

/** The version an item says it has: `v`, or 1 when absent. NaN when `v` is not a version. */
export function itemVersion(item: Readonly<Record<string, unknown>>): number {
  const v = item['v'];
  if (v === undefined) return 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : Number.NaN;
}

export function migrateItem(raw: unknown): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { status: 'unknown', item: raw };
  }
  const record = raw as Record<string, unknown>;
  const kind = typeof record['type'] === 'string' ? kindOf(record['type']) : undefined;
  const from = itemVersion(record);
  if (!kind || Number.isNaN(from)) return { status: 'unknown', item: raw };
  if (from > kind.version) return { status: 'newer', type: kind.type, version: from };
  if (from === kind.version) return { status: 'current', item: record };
  let item: Record<string, unknown> = { ...record };
  const steps: string[] = [];
  for (const migration of kind.migrations) {
    if (migration.from < from) continue;
    item = migration.up(item);
    steps.push(migration.name);
  }
  return { status: 'migrated', item, from, to: kind.version, steps };
}

/** Every kind's current version, by type (for writers that stamp `v`). */
export const KIND_VERSIONS: Readonly<Record<string, number>> = Object.fromEntries(
  ITEM_KINDS.map((kind) => [kind.type, kind.version]),
);
