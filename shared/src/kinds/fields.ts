import { Type, type TLiteral, type TOptional } from '@sinclair/typebox';
import { LIMITS } from '../limits.js';
import { PHASE_IDS } from '../phases.js';
import { ROLES } from '../roles.js';
import { literalUnion } from '../schema.js';

/** Field schemas every kind builds its item from. No kind is named here. */

export const PhaseSchema = literalUnion(PHASE_IDS);
export const RoleSchema = literalUnion(ROLES);

export const finite = Type.Number({ minimum: -1e7, maximum: 1e7 });
export const size = Type.Number({ minimum: 0, maximum: 1e6 });
export const itemText = Type.String({ maxLength: LIMITS.itemTextLength });
/** One short field of a structured card (an action's owner, an indicator's baseline). */
export const shortText = Type.String({ maxLength: LIMITS.cardFieldLength });
/** A calendar date, `YYYY-MM-DD`, or '' when none was given. */
export const dateOrEmpty = Type.String({ pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', maxLength: 10 });

/** Fields every item has, whatever its kind. */
export const BaseFields = {
  x: finite,
  y: finite,
  w: size,
  h: size,
  phase: PhaseSchema,
  /** Milliseconds since the epoch, set by whoever created the item. */
  createdAt: Type.Optional(Type.Number()),
  /** participantId of the author; absent on anonymous items. */
  author: Type.Optional(Type.String({ maxLength: 64 })),
  authorRole: Type.Optional(RoleSchema),
  anonymous: Type.Optional(Type.Boolean()),
  /** Stacking order; higher is in front. */
  z: Type.Optional(Type.Number()),
};

/**
 * The `v` field of a kind at `version`. Items written before versions existed
 * carry no `v` and count as version 1, so a version-1 kind may leave it out;
 * from version 2 on the current shape says its version, or it would read as 1.
 */
export function versionField<N extends number>(
  version: N,
): N extends 1 ? TOptional<TLiteral<N>> : TLiteral<N> {
  const literal = Type.Literal(version);
  return (version === 1 ? Type.Optional(literal) : literal) as N extends 1
    ? TOptional<TLiteral<N>>
    : TLiteral<N>;
}

/** The fields of an item of kind `type` at `version`: type, base fields and `v`. */
export function kindFields<T extends string, N extends number>(type: T, version: N) {
  return { type: Type.Literal(type), ...BaseFields, v: versionField(version) };
}
