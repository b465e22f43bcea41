import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { LIMITS } from '../limits.js';
import { literalUnion } from '../schema.js';

/**
 * The impact chain (SoImpact-style, issue 18): goal → target groups →
 * activities (action cards) → change hypothesis, with the indicator cards on
 * the board as its measures. Indicators and action cards stay board items;
 * the chain refers to them by item id, and measurements are kept per
 * indicator id, so they chain across the meetups of a series (the cards are
 * copied with the same ids).
 */
export const IMPACT_CHAIN_KEY = 'impactChain';
export const MEASUREMENTS_KEY = 'measurements';

export const IMPACT_LIMITS = {
  /** The goal (what change, for whom), characters. */
  goalLength: 1000,
  /** Target groups in one chain. */
  targetGroups: 10,
  /** A target group's name, or its success goal; a hypothesis part, characters. */
  fieldLength: LIMITS.cardFieldLength,
  /** Activities (action card ids) linked to the chain. */
  activities: 50,
  /** Measurements kept per indicator. */
  measurementsPerIndicator: 200,
  /** A measurement's note, characters. */
  noteLength: LIMITS.cardFieldLength,
} as const;

const ItemId = Type.String({ minLength: 1, maxLength: 64 });
const Field = Type.String({ maxLength: IMPACT_LIMITS.fieldLength });
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });

export const TargetGroupSchema = Type.Object({ name: Field, successGoal: Field });
export type TargetGroup = Static<typeof TargetGroupSchema>;

/** "If we do X, then Y, because Z." */
export const HypothesisSchema = Type.Object({ if: Field, then: Field, because: Field });
export type Hypothesis = Static<typeof HypothesisSchema>;

export const ImpactChainSchema = Type.Object({
  goal: Type.String({ maxLength: IMPACT_LIMITS.goalLength }),
  targetGroups: Type.Array(TargetGroupSchema, { maxItems: IMPACT_LIMITS.targetGroups }),
  hypothesis: HypothesisSchema,
  /** Ids of the action cards that are the chain's main activities. */
  activities: Type.Array(ItemId, { maxItems: IMPACT_LIMITS.activities }),
});
export type ImpactChain = Static<typeof ImpactChainSchema>;

export const EMPTY_IMPACT_CHAIN: ImpactChain = {
  goal: '',
  targetGroups: [],
  hypothesis: { if: '', then: '', because: '' },
  activities: [],
};

export function readImpactChain(value: unknown): ImpactChain {
  return Value.Check(ImpactChainSchema, value) ? value : EMPTY_IMPACT_CHAIN;
}

export const MeasurementSchema = Type.Object({
  id: ItemId,
  value: Type.Number(),
  date: IsoDateSchema,
  note: Type.String({ maxLength: IMPACT_LIMITS.noteLength }),
  /** The meetup (workshop id) it was recorded at; absent on rows written before series. */
  meetupId: Type.Optional(ItemId),
});
export type Measurement = Static<typeof MeasurementSchema>;

/** Indicator item id → its measurements, oldest date first. */
export type Measurements = Record<string, Measurement[]>;

/** Measurements per indicator; malformed entries are skipped, each list sorted by date. */
export function readMeasurements(value: unknown): Measurements {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Measurements = {};
  for (const [indicatorId, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    const valid = list.filter((m): m is Measurement => Value.Check(MeasurementSchema, m));
    if (valid.length > 0) out[indicatorId] = sortMeasurements(valid);
  }
  return out;
}

/** By date, then by id, so every screen draws the same line. */
export function sortMeasurements(list: readonly Measurement[]): Measurement[] {
  return [...list].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

export const INDICATOR_STATUSES = ['onTrack', 'notYet', 'reached', 'unknown'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const IndicatorStatusSchema = literalUnion(INDICATOR_STATUSES);

/**
 * A number in a card's free-text baseline or target: the first number in it,
 * with a decimal comma or point ("12,5 %" → 12.5, "ca. 40 personer" → 40).
 * Null when there is none.
 */
export function parseIndicatorNumber(text: string): number | null {
  const match = /-?\d+(?:[.,]\d+)?/.exec(text.replace(/\s(?=\d{3}\b)/g, ''));
  if (!match) return null;
  const value = Number(match[0].replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * Where an indicator stands (IMPACT-3): `reached` when the last measurement is
 * at or past the target, `onTrack` when it has moved from the baseline towards
 * the target, `notYet` when it has not; `unknown` when the baseline or target
 * is not a number or nothing has been measured. A target below the baseline
 * means lower is better.
 */
export function indicatorStatus(
  baseline: string,
  target: string,
  measurements: readonly Measurement[],
): IndicatorStatus {
  const from = parseIndicatorNumber(baseline);
  const to = parseIndicatorNumber(target);
  const last = sortMeasurements(measurements).at(-1);
  if (from === null || to === null || last === undefined) return 'unknown';
  const direction = to >= from ? 1 : -1;
  if ((last.value - to) * direction >= 0) return 'reached';
  return (last.value - from) * direction > 0 ? 'onTrack' : 'notYet';
}

/** The reply to `recordMeasurement`. */
export const RecordMeasurementReply = Type.Object({
  ok: Type.Literal(true),
  measurementId: ItemId,
});
export type RecordMeasurementReply = Static<typeof RecordMeasurementReply>;
