import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { literalUnion } from '../schema.js';

/**
 * Process reflection (SAMSON-style, issue 18): everybody rates where the
 * collaboration stands on the fields of action and the values, 1–5, on their
 * own device. While a round is open the control document says only how many
 * have answered (REFL-3); means appear when the facilitator closes it. The
 * answers themselves stay on the server, without their author (REFL-4).
 */
export const REFLECTION_KEY = 'reflection';
/** Closed rounds, oldest first, carried over to the next meetup of a series. */
export const REFLECTION_HISTORY_KEY = 'reflectionHistory';

/**
 * The seven fields of action (handlingsfelt) and the underlying values from
 * DOMAIN.md, in the order the tool shows them. Their names and statements are
 * in `i18n/features/reflection.ts`.
 */
export const REFLECTION_ACTION_FIELDS = [
  'safeguardingEquality',
  'sharedGoals',
  'communication',
  'anchoring',
  'facilitation',
  'resourceFocus',
  'complementaryCompetence',
] as const;
export const REFLECTION_VALUE_FIELDS = ['openness', 'democracy', 'equality', 'trust'] as const;
export const DEFAULT_REFLECTION_FIELDS = [
  ...REFLECTION_ACTION_FIELDS,
  ...REFLECTION_VALUE_FIELDS,
] as const;
export type DefaultReflectionField = (typeof DEFAULT_REFLECTION_FIELDS)[number];

export function isDefaultReflectionField(id: string): id is DefaultReflectionField {
  return (DEFAULT_REFLECTION_FIELDS as readonly string[]).includes(id);
}

export const REFLECTION_LIMITS = {
  /** Fields one round may ask about. */
  maxFields: 12,
  /** A facilitator's own field label, characters. */
  labelLength: 80,
  /** One answer's comment, characters. */
  commentLength: 1000,
  /** Lowest and highest rating. */
  minRating: 1,
  maxRating: 5,
  /** A role's mean is shown only where at least this many of that role answered (REFL-5). */
  minAnswersPerRole: 3,
  /** Closed rounds kept in `reflectionHistory` (the oldest go first). */
  historyKept: 100,
} as const;

export const REFLECTION_STATUSES = ['open', 'closed'] as const;
export type ReflectionStatus = (typeof REFLECTION_STATUSES)[number];

const Id = Type.String({ minLength: 1, maxLength: 64 });

/**
 * One field of a round: a default field by its id (the label comes from the
 * catalogue, in the reader's language), or a facilitator's own with `label`.
 */
export const ReflectionFieldSchema = Type.Object({
  id: Id,
  label: Type.Optional(Type.String({ maxLength: REFLECTION_LIMITS.labelLength })),
});
export type ReflectionField = Static<typeof ReflectionFieldSchema>;

export const RoleMeanSchema = Type.Object({ mean: Type.Number(), n: Type.Integer({ minimum: 0 }) });
export type RoleMean = Static<typeof RoleMeanSchema>;

export const ReflectionFieldResultSchema = Type.Object({
  mean: Type.Number(),
  /** Answers that rated this field. */
  n: Type.Integer({ minimum: 0 }),
  spread: Type.Object({ min: Type.Number(), max: Type.Number(), sd: Type.Number() }),
  /** By role, only roles with at least `minAnswersPerRole` answers; absent when none has. */
  byRole: Type.Optional(Type.Record(Type.String(), RoleMeanSchema)),
});
export type ReflectionFieldResult = Static<typeof ReflectionFieldResultSchema>;

export const ReflectionResultsSchema = Type.Record(Type.String(), ReflectionFieldResultSchema);
export type ReflectionResults = Static<typeof ReflectionResultsSchema>;

export const ReflectionStateSchema = Type.Object({
  status: literalUnion(REFLECTION_STATUSES),
  roundId: Id,
  fields: Type.Array(ReflectionFieldSchema, { minItems: 1, maxItems: REFLECTION_LIMITS.maxFields }),
  /** How many have answered (a replaced answer counts once). */
  responses: Type.Integer({ minimum: 0 }),
  openedAt: Type.Number(),
  closedAt: Type.Optional(Type.Number()),
  /** After closing only. */
  results: Type.Optional(ReflectionResultsSchema),
  /** In a series: the means of the last round closed at an earlier meetup. */
  previous: Type.Optional(Type.Record(Type.String(), Type.Number())),
  /** After closing only; shuffled, without names. */
  comments: Type.Optional(Type.Array(Type.String())),
});
export type ReflectionState = Static<typeof ReflectionStateSchema>;

/** A closed round as `reflectionHistory` keeps it, with the meetup it ran at. */
export const ReflectionRoundSchema = Type.Object({
  roundId: Id,
  /** The workshop (meetup) the round ran at. */
  meetupId: Id,
  fields: Type.Array(ReflectionFieldSchema),
  responses: Type.Integer({ minimum: 0 }),
  openedAt: Type.Number(),
  closedAt: Type.Number(),
  results: ReflectionResultsSchema,
  comments: Type.Optional(Type.Array(Type.String())),
});
export type ReflectionRound = Static<typeof ReflectionRoundSchema>;

export function readReflection(value: unknown): ReflectionState | null {
  return Value.Check(ReflectionStateSchema, value) ? value : null;
}

/** Closed rounds, oldest first; malformed entries are skipped. */
export function readReflectionHistory(value: unknown): ReflectionRound[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is ReflectionRound =>
    Value.Check(ReflectionRoundSchema, entry),
  );
}

/** The means of a round's results, field by field. */
export function reflectionMeans(results: ReflectionResults): Record<string, number> {
  return Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r.mean]));
}

/** The reply to `submitReflection`: the caller's own answer, so a phone can show it again. */
export const SubmitReflectionReply = Type.Object({
  ok: Type.Literal(true),
  roundId: Id,
  /** True when this answer replaced the caller's earlier one. */
  replaced: Type.Boolean(),
});
export type SubmitReflectionReply = Static<typeof SubmitReflectionReply>;
