import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { RoleSchema } from '../board/items.js';
import { LIMITS } from '../limits.js';
import { literalUnion } from '../schema.js';
import type { Airtime } from './airtime.js';

/**
 * Speaking turns (taletur): the queue of raised hands, the person who has the
 * floor, and an optional round in which everybody present gets a turn. The
 * server keeps the queue in the order the facilitator chose, so every screen
 * shows the same order.
 */
export const SPEAKING_KEY = 'speaking';

export const QUEUE_ORDERS = ['first-come', 'least-spoken-first'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];
export const QueueOrderSchema = literalUnion(QUEUE_ORDERS);

/** Per-turn limits the facilitator may set, seconds. */
export const TURN_LIMIT = { min: 10, max: 3600 } as const;
export const TurnLimitSchema = Type.Integer({ minimum: TURN_LIMIT.min, maximum: TURN_LIMIT.max });

const Id = Type.String({ maxLength: 64 });

/** Who someone is on the speakers' list: a role, and a name only if they gave one. */
const SpeakerFields = {
  participantId: Id,
  role: Type.Union([RoleSchema, Type.Null()]),
  name: Type.Optional(Type.String({ maxLength: LIMITS.nameLength })),
};

export const RaisedHandSchema = Type.Object({ ...SpeakerFields, raisedAt: Type.Number() });
export type RaisedHand = Static<typeof RaisedHandSchema>;

export const SpeakerSchema = Type.Object(SpeakerFields);
export type Speaker = Static<typeof SpeakerSchema>;

export const CurrentTurnSchema = Type.Object({
  ...SpeakerFields,
  /** Server time, ms since the epoch. */
  startedAt: Type.Number(),
  /** When the turn's limit runs out (server time), or null without a limit. */
  endsAt: Type.Union([Type.Number(), Type.Null()]),
});
export type CurrentTurn = Static<typeof CurrentTurnSchema>;

export const RoundSchema = Type.Object({
  /** People still to speak in this round, in order. */
  remaining: Type.Array(SpeakerSchema, { maxItems: LIMITS.connectionsPerRoomCeiling }),
  total: Type.Integer({ minimum: 0 }),
  passed: Type.Integer({ minimum: 0 }),
});
export type Round = Static<typeof RoundSchema>;

export const SpeakingStateSchema = Type.Object({
  order: QueueOrderSchema,
  turnLimitSeconds: Type.Union([TurnLimitSchema, Type.Null()]),
  queue: Type.Array(RaisedHandSchema, { maxItems: LIMITS.connectionsPerRoomCeiling }),
  current: Type.Union([CurrentTurnSchema, Type.Null()]),
  round: Type.Union([RoundSchema, Type.Null()]),
});
export type SpeakingState = Static<typeof SpeakingStateSchema>;

export const DEFAULT_SPEAKING: SpeakingState = {
  order: 'first-come',
  turnLimitSeconds: null,
  queue: [],
  current: null,
  round: null,
};

export function readSpeaking(value: unknown): SpeakingState {
  return Value.Check(SpeakingStateSchema, value) ? value : DEFAULT_SPEAKING;
}

/**
 * The queue in the facilitator's order. "Least spoken first" puts those with
 * the least airtime so far at the front; ties (and "first come") go by who
 * raised their hand first.
 */
export function orderQueue(
  queue: readonly RaisedHand[],
  order: QueueOrder,
  airtime: Pick<Airtime, 'byParticipant'>,
): RaisedHand[] {
  const spoken = (hand: RaisedHand) => airtime.byParticipant[hand.participantId]?.ms ?? 0;
  return [...queue].sort(
    (a, b) =>
      (order === 'least-spoken-first' ? spoken(a) - spoken(b) : 0) ||
      a.raisedAt - b.raisedAt ||
      (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0),
  );
}

/** A speaker as shown on the list, without the optional name when it is absent. */
export function speakerOf(fields: Speaker): Speaker {
  return {
    participantId: fields.participantId,
    role: fields.role,
    ...(fields.name ? { name: fields.name } : {}),
  };
}
