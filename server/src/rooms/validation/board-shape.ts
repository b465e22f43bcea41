import { IMAGE_ALT_LENGTH, LIMITS } from '@moteplass/shared';

/**
 * The shape every board item has in the document (shared/src/board/items.ts):
 * a `Y.Map` in the root `items` map whose values are plain JSON scalars (and
 * one array of numbers, a drawing's points). Nothing nests deeper. The server
 * holds every incoming update to this shape before it is applied (BOARD-1).
 */

/** Longest string each field may hold, characters (the item schemas' limits). */
const STRING_FIELDS: ReadonlyMap<string, number> = new Map([
  ['type', 16],
  ['phase', 16],
  ['author', 64],
  ['authorRole', 32],
  ['color', 16],
  ['shape', 16],
  ['kind', 16],
  ['from', 64],
  ['to', 64],
  ['imageId', 64],
  ['dueDate', 10],
  ['text', LIMITS.itemTextLength],
  ['title', LIMITS.titleLength],
  ['alt', IMAGE_ALT_LENGTH],
  ['owner', LIMITS.cardFieldLength],
  ['resources', LIMITS.cardFieldLength],
  ['baseline', LIMITS.cardFieldLength],
  ['target', LIMITS.cardFieldLength],
  ['measure', LIMITS.cardFieldLength],
]);
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['x', 'y', 'w', 'h', 'createdAt', 'z', 'v']);
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['anonymous']);
const NUMBER_LIST_FIELDS: ReadonlyMap<string, number> = new Map([['points', LIMITS.drawingPoints]]);

/** Longest key of the root `items` map (an item id), characters. */
export const ITEM_ID_MAX_LENGTH = 64;

/** Why a field's value is refused, or null when the item schema allows it. Never recursive. */
export function fieldProblem(key: string, value: unknown): string | null {
  // Removing a value is always allowed; it cannot smuggle anything in.
  if (value === null || value === undefined) return null;
  const maxLength = STRING_FIELDS.get(key);
  if (maxLength !== undefined) {
    if (typeof value !== 'string') return `field ${key} must be text`;
    return value.length > maxLength ? `field ${key} is longer than ${maxLength}` : null;
  }
  if (NUMBER_FIELDS.has(key)) {
    return typeof value === 'number' && Number.isFinite(value)
      ? null
      : `field ${key} must be a number`;
  }
  if (BOOLEAN_FIELDS.has(key)) {
    return typeof value === 'boolean' ? null : `field ${key} must be true or false`;
  }
  const maxItems = NUMBER_LIST_FIELDS.get(key);
  if (maxItems !== undefined) {
    if (!Array.isArray(value)) return `field ${key} must be a list of numbers`;
    if (value.length > maxItems) return `field ${key} has more than ${maxItems} numbers`;
    for (const entry of value as unknown[]) {
      if (typeof entry !== 'number') return `field ${key} must be a list of numbers`;
    }
    return null;
  }
  return 'unknown item field';
}
