import { BOARD_ITEMS } from '@moteplass/shared';
import * as Y from 'yjs';

/**
 * Reading board items without trusting their shape. A document stored before
 * updates were validated may hold items with nested types or odd values;
 * `toJSON()` on those recurses as deep as the attacker nested. These readers
 * never recurse: such an item is skipped (BOARD-5), as the client does.
 */

/** The fields of one item as plain values, or null when it is not a well-formed item. */
export function itemFields(value: unknown): Record<string, unknown> | null {
  if (!(value instanceof Y.Map)) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of (value as Y.Map<unknown>).entries()) {
    if (!isPlain(field)) return null;
    fields[key] = Array.isArray(field) ? [...(field as unknown[])] : field;
  }
  return fields;
}

/** A scalar, or a flat list of numbers (a drawing's points) or texts (a poll's options): nothing that nests. */
function isPlain(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return (
    Array.isArray(value) &&
    (value.every((entry) => typeof entry === 'number') ||
      value.every((entry) => typeof entry === 'string'))
  );
}

/** Every well-formed item of a board as plain values, by id; malformed ones are left out. */
export function boardItemsJSON(doc: Y.Doc): Record<string, Record<string, unknown>> {
  const items: Record<string, Record<string, unknown>> = {};
  doc.getMap<unknown>(BOARD_ITEMS).forEach((value, id) => {
    const fields = itemFields(value);
    if (fields) items[id] = fields;
  });
  return items;
}

/** How many items of a board are not well-formed (reported when a room loads). */
export function countDamagedItems(doc: Y.Doc): number {
  let damaged = 0;
  doc.getMap<unknown>(BOARD_ITEMS).forEach((value) => {
    if (itemFields(value) === null) damaged++;
  });
  // Other roots the board never uses (a hand-made update before validation existed).
  for (const name of doc.share.keys()) if (name !== BOARD_ITEMS) damaged++;
  return damaged;
}
