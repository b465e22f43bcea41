import { Type, type Static, type TObject } from '@sinclair/typebox';
import { PhaseSchema } from './board/items.js';
import { AnonymityModeSchema } from './control/anonymity.js';
import { IMPACT_LIMITS, IsoDateSchema } from './control/impact.js';
import { REFLECTION_LIMITS } from './control/reflection.js';
import { BREAKOUT_LIMITS, BreakoutMixSchema, GroupNameSchema } from './control/breakout.js';
import { RevealModeSchema, SILENT_LIMITS } from './control/silent.js';
import { QueueOrderSchema, TurnLimitSchema } from './control/speaking.js';
import { VOTE_LIMITS } from './control/voting.js';
import { POLL_ID_MAX_LENGTH } from './kinds/poll/ballot.js';
import { LIMITS } from './limits.js';
import { AGENDA_ACTION_SCHEMAS } from './methods/actions.js';

/**
 * Workshop actions (`POST /api/workshops/:id/actions`). Each has a body
 * schema here and one small handler on the server that says who may call it
 * and what it changes.
 */
const GroupIdSchema = Type.String({ minLength: 1, maxLength: 64 });
/** Silent writing or a vote in one breakout group (`groupId`) or in every group (`allGroups`). */
const GROUP_SCOPE_FIELDS = {
  groupId: Type.Optional(GroupIdSchema),
  allGroups: Type.Optional(Type.Boolean()),
};

const action = <T extends string, P extends TObject['properties']>(type: T, props: P) =>
  Type.Object({ type: Type.Literal(type), ...props }, { additionalProperties: false });

export const ActionSchemas = {
  setPhase: action('setPhase', { phase: PhaseSchema }),
  lockBoard: action('lockBoard', {}),
  unlockBoard: action('unlockBoard', {}),
  startTimer: action('startTimer', { seconds: Type.Integer({ minimum: 1, maximum: 4 * 3600 }) }),
  stopTimer: action('stopTimer', {}),
  pauseTimer: action('pauseTimer', {}),
  resumeTimer: action('resumeTimer', {}),
  extendTimer: action('extendTimer', { seconds: Type.Integer({ minimum: 1, maximum: 3600 }) }),
  bringEveryoneToPhase: action('bringEveryoneToPhase', { phase: PhaseSchema }),
  setCursorsVisible: action('setCursorsVisible', { visible: Type.Boolean() }),
  rotateJoinCode: action('rotateJoinCode', {}),
  removeParticipant: action('removeParticipant', {
    participantId: Type.String({ minLength: 1, maxLength: 64 }),
  }),
  raiseHand: action('raiseHand', {}),
  /** `participantId`: the facilitator lowers somebody else's hand. */
  lowerHand: action('lowerHand', { participantId: Type.Optional(Type.String({ maxLength: 64 })) }),
  grantTurn: action('grantTurn', { participantId: Type.String({ maxLength: 64 }) }),
  /** `groupId`: end the turn in that breakout group (its host or the facilitator). */
  endTurn: action('endTurn', { groupId: Type.Optional(GroupIdSchema) }),
  // Equality controls (issue 5): speaking rules, rounds, anonymity, silent writing, votes.
  passTurn: action('passTurn', {}),
  /** `groupId`: a round in that breakout group (its host or the facilitator; a host's own without it). */
  startRound: action('startRound', { groupId: Type.Optional(GroupIdSchema) }),
  endRound: action('endRound', { groupId: Type.Optional(GroupIdSchema) }),
  setSpeakingRules: action('setSpeakingRules', {
    order: Type.Optional(QueueOrderSchema),
    turnLimitSeconds: Type.Optional(Type.Union([TurnLimitSchema, Type.Null()])),
  }),
  setAnonymity: action('setAnonymity', {
    mode: AnonymityModeSchema,
    /** For mode `phase`; the current phase when absent. */
    phase: Type.Optional(PhaseSchema),
    allowSingle: Type.Optional(Type.Boolean()),
  }),
  startSilentWriting: action('startSilentWriting', {
    phase: PhaseSchema,
    reveal: RevealModeSchema,
    seconds: Type.Optional(Type.Integer({ minimum: 10, maximum: SILENT_LIMITS.maxSeconds })),
    ...GROUP_SCOPE_FIELDS,
  }),
  deleteDraft: action('deleteDraft', { draftId: Type.String({ minLength: 1, maxLength: 64 }) }),
  addAnonymousNote: action('addAnonymousNote', {
    text: Type.String({ minLength: 1, maxLength: LIMITS.itemTextLength }),
    phase: PhaseSchema,
  }),
  saveDraft: action('saveDraft', {
    /** Absent for a new draft; the reply carries its id. */
    draftId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    text: Type.String({ maxLength: LIMITS.itemTextLength }),
    phase: PhaseSchema,
  }),
  revealDrafts: action('revealDrafts', {}),
  startVote: action('startVote', {
    dotsPerParticipant: Type.Integer({ minimum: 1, maximum: VOTE_LIMITS.maxDotsPerParticipant }),
    phase: Type.Optional(PhaseSchema),
    /** Vote on the notes inside this frame instead of a phase's notes. */
    frameId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** Vote on this poll card's options (ballot ids `<pollId>:<optionIndex>`). */
    pollId: Type.Optional(Type.String({ minLength: 1, maxLength: POLL_ID_MAX_LENGTH })),
    forbidOwnNotes: Type.Optional(Type.Boolean()),
    ...GROUP_SCOPE_FIELDS,
  }),
  closeVote: action('closeVote', {}),
  castVote: action('castVote', { itemId: Type.String({ maxLength: 64 }) }),
  retractVote: action('retractVote', { itemId: Type.String({ maxLength: 64 }) }),
  // Process reflection, impact chain and measurements (issue 18); see docs/series.md.
  startReflection: action('startReflection', {
    /** Default field ids and/or the facilitator's own labels; the default list when absent. */
    fields: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: REFLECTION_LIMITS.labelLength }), {
        minItems: 1,
        maxItems: REFLECTION_LIMITS.maxFields,
      }),
    ),
  }),
  submitReflection: action('submitReflection', {
    /** Field id → rating; the server checks the ids against the open round. */
    ratings: Type.Record(
      Type.String({ maxLength: 64 }),
      Type.Integer({ minimum: REFLECTION_LIMITS.minRating, maximum: REFLECTION_LIMITS.maxRating }),
    ),
    comment: Type.Optional(Type.String({ maxLength: REFLECTION_LIMITS.commentLength })),
  }),
  closeReflection: action('closeReflection', {}),
  setImpactChain: action('setImpactChain', {
    goal: Type.Optional(Type.String({ maxLength: IMPACT_LIMITS.goalLength })),
    targetGroups: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.String({ maxLength: IMPACT_LIMITS.fieldLength }),
            successGoal: Type.String({ maxLength: IMPACT_LIMITS.fieldLength }),
          },
          { additionalProperties: false },
        ),
        { maxItems: IMPACT_LIMITS.targetGroups },
      ),
    ),
    hypothesis: Type.Optional(
      Type.Object(
        {
          if: Type.String({ maxLength: IMPACT_LIMITS.fieldLength }),
          then: Type.String({ maxLength: IMPACT_LIMITS.fieldLength }),
          because: Type.String({ maxLength: IMPACT_LIMITS.fieldLength }),
        },
        { additionalProperties: false },
      ),
    ),
    /** Action card item ids. */
    activities: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
        maxItems: IMPACT_LIMITS.activities,
      }),
    ),
  }),
  recordMeasurement: action('recordMeasurement', {
    indicatorId: Type.String({ minLength: 1, maxLength: 64 }),
    value: Type.Number({ minimum: -1e12, maximum: 1e12 }),
    date: IsoDateSchema,
    note: Type.Optional(Type.String({ maxLength: IMPACT_LIMITS.noteLength })),
  }),
  deleteMeasurement: action('deleteMeasurement', {
    indicatorId: Type.String({ minLength: 1, maxLength: 64 }),
    measurementId: Type.String({ minLength: 1, maxLength: 64 }),
  }),
  // The agenda of a methods-library session (issue 19).
  ...AGENDA_ACTION_SCHEMAS,
  // Breakout groups (issue 19, CONTRACT.md "Round 2 actions"); control/breakout.ts.
  startBreakout: action('startBreakout', {
    groupSize: Type.Integer({
      minimum: BREAKOUT_LIMITS.minGroupSize,
      maximum: BREAKOUT_LIMITS.maxGroupSize,
    }),
    mix: BreakoutMixSchema,
  }),
  moveParticipant: action('moveParticipant', {
    participantId: Type.String({ minLength: 1, maxLength: 64 }),
    groupId: Type.String({ minLength: 1, maxLength: 64 }),
  }),
  broadcast: action('broadcast', {
    text: Type.String({ minLength: 1, maxLength: BREAKOUT_LIMITS.broadcastLength }),
  }),
  endBreakout: action('endBreakout', {}),
  /** A member of the group (or the facilitator) names it. */
  renameGroup: action('renameGroup', {
    groupId: Type.String({ minLength: 1, maxLength: 64 }),
    name: GroupNameSchema,
  }),
  /** A participant picks their group while the choice is open (mix "choose"). */
  joinGroup: action('joinGroup', { groupId: GroupIdSchema }),
  /** The facilitator ends the choice: whoever has not picked goes to the smallest group. */
  closeChoice: action('closeChoice', {}),
  /** Equality inside groups: the group's host; null empties the seat (docs/breakout.md). */
  setGroupHost: action('setGroupHost', {
    groupId: GroupIdSchema,
    participantId: Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]),
  }),
} as const;

export type ActionType = keyof typeof ActionSchemas;
export type Action<T extends ActionType = ActionType> = Static<(typeof ActionSchemas)[T]>;

export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && Object.hasOwn(ActionSchemas, value);
}
