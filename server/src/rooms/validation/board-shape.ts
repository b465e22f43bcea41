import { ITEM_KINDS, LIMITS } from '@moteplass/shared';

/**
 * The shape every board item has in the document (shared/src/kinds): a
 * `Y.Map` in the root `items` map whose values are plain JSON scalars, or a
 * flat list of numbers (a drawing's points) or of short texts (a poll's
 * options). Nothing nests deeper. The server holds every incoming update to
 * this shape before it is applied (BOARD-1).
 *
 * Which keys exist and what each may hold is read from the kinds table, every
 * kind's current schema and the fields its earlier versions had (KIND-5), so
 * a field added to a kind is accepted here without a second list.
 */

/** Longest key of the root `items` map (an item id), characters. */
export const ITEM_ID_MAX_LENGTH = 64;
/** A string field whose schema sets no length (an enum, an id), characters. */
const DEFAULT_STRING_LENGTH = 64;
/** A list of texts whose schema sets no length, entries. */
const DEFAULT_LIST_LENGTH = 16;

type FieldRule =
  | { kind: 'string'; maxLength: number }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'numbers'; maxItems: number }
  | { kind: 'strings'; maxItems: number; maxLength: number };

interface JsonSchema {
  type?: string;
  const?: unknown;
  anyOf?: JsonSchema[];
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
}

function ruleOf(schema: JsonSchema): FieldRule | null {
  if (schema.anyOf) {
    // A union of literals (phase, colour, role…): the longest of them.
    const rules = schema.anyOf.map(ruleOf);
    if (rules.every((rule) => rule?.kind === 'string')) {
      const lengths = rules.map((rule) => (rule as { maxLength: number }).maxLength);
      return { kind: 'string', maxLength: Math.max(...lengths) };
    }
    return null;
  }
  if (typeof schema.const === 'string') return { kind: 'string', maxLength: schema.const.length };
  switch (schema.type) {
    case 'string':
      return { kind: 'string', maxLength: schema.maxLength ?? DEFAULT_STRING_LENGTH };
    case 'number':
    case 'integer':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return listRuleOf(schema);
    default:
      return null;
  }
}

/** A flat list of numbers (a drawing's points) or of texts (a poll's options). */
function listRuleOf(schema: JsonSchema): FieldRule | null {
  switch (schema.items?.type) {
    case 'number':
      return { kind: 'numbers', maxItems: schema.maxItems ?? LIMITS.drawingPoints };
    case 'string':
      return {
        kind: 'strings',
        maxItems: schema.maxItems ?? DEFAULT_LIST_LENGTH,
        maxLength: schema.items.maxLength ?? DEFAULT_STRING_LENGTH,
      };
    default:
      return null;
  }
}

/** The loosest of two rules for one key (item types may differ: `text` is optional on shapes). */
function looser(a: FieldRule, b: FieldRule): FieldRule {
  if (a.kind === 'string' && b.kind === 'string') {
    return { kind: 'string', maxLength: Math.max(a.maxLength, b.maxLength) };
  }
  if (a.kind === 'numbers' && b.kind === 'numbers') {
    return { kind: 'numbers', maxItems: Math.max(a.maxItems, b.maxItems) };
  }
  if (a.kind === 'strings' && b.kind === 'strings') {
    return {
      kind: 'strings',
      maxItems: Math.max(a.maxItems, b.maxItems),
      maxLength: Math.max(a.maxLength, b.maxLength),
    };
  }
  return a;
}

function fieldRules(): ReadonlyMap<string, FieldRule> {
  const rules = new Map<string, FieldRule>();
  const add = (key: string, rule: FieldRule) => {
    const known = rules.get(key);
    rules.set(key, known ? looser(known, rule) : rule);
  };
  for (const kind of ITEM_KINDS) {
    const fields = { ...kind.formerFields, ...(kind.schema as JsonSchema).properties };
    for (const [key, schema] of Object.entries(fields)) {
      const rule = ruleOf(schema as JsonSchema);
      if (rule) add(key, rule);
    }
  }
  // CONTRACT.md, breakout groups: items made in a group carry `group: <id>`.
  add('group', { kind: 'string', maxLength: DEFAULT_STRING_LENGTH });
  return rules;
}

const FIELD_RULES = fieldRules();

/** How many keys an item may have at most (every key of every item schema). */
export const ITEM_FIELD_COUNT = FIELD_RULES.size;

/** Why a field's value is refused, or null when the item schema allows it. Never recursive. */
export function fieldProblem(key: string, value: unknown): string | null {
  const rule = FIELD_RULES.get(key);
  if (!rule) return 'unknown item field';
  // Removing a value is always allowed; it cannot smuggle anything in.
  if (value === null || value === undefined) return null;
  switch (rule.kind) {
    case 'string':
      if (typeof value !== 'string') return `field ${key} must be text`;
      return value.length > rule.maxLength ? `field ${key} is longer than ${rule.maxLength}` : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? null
        : `field ${key} must be a number`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `field ${key} must be true or false`;
    case 'numbers': {
      if (!Array.isArray(value)) return `field ${key} must be a list of numbers`;
      if (value.length > rule.maxItems)
        return `field ${key} has more than ${rule.maxItems} numbers`;
      for (const entry of value as unknown[]) {
        if (typeof entry !== 'number') return `field ${key} must be a list of numbers`;
      }
      return null;
    }
    case 'strings': {
      if (!Array.isArray(value)) return `field ${key} must be a list of texts`;
      if (value.length > rule.maxItems)
        return `field ${key} has more than ${rule.maxItems} entries`;
      for (const entry of value as unknown[]) {
        if (typeof entry !== 'string') return `field ${key} must be a list of texts`;
        if (entry.length > rule.maxLength) {
          return `an entry of field ${key} is longer than ${rule.maxLength}`;
        }
      }
      return null;
    }
  }
}
