import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema } from '../board/items.js';
import { literalUnion } from '../schema.js';

/**
 * Silent writing (stille idémyldring): everybody writes drafts privately,
 * then the facilitator reveals all of them at once. Only the round's public
 * facts are here; the drafts themselves are stored per participant on the
 * server and never enter a shared document before the reveal (DRAFT-1).
 */
export const SILENT_WRITING_KEY = 'silentWriting';

export const REVEAL_MODES = ['anonymous', 'attributed'] as const;
export type RevealMode = (typeof REVEAL_MODES)[number];
export const RevealModeSchema = literalUnion(REVEAL_MODES);

export const SILENT_LIMITS = {
  /** Drafts one participant may keep in one round. */
  draftsPerParticipant: 30,
  /** Longest writing time the facilitator may set, seconds. */
  maxSeconds: 3600,
} as const;

export const SilentRoundSchema = Type.Object({
  roundId: Type.String({ maxLength: 64 }),
  phase: PhaseSchema,
  reveal: RevealModeSchema,
  startedAt: Type.Number(),
  /** Server time when the writing time is up, or null without a time. */
  endsAt: Type.Union([Type.Number(), Type.Null()]),
  /** A breakout group's round: only its members write in silence (group-equality.ts). */
  groupId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  /** A round for every breakout group at once. */
  allGroups: Type.Optional(Type.Boolean()),
});
export type SilentRound = Static<typeof SilentRoundSchema>;

export const LastRevealSchema = Type.Object({
  phase: PhaseSchema,
  reveal: RevealModeSchema,
  revealedAt: Type.Number(),
  notes: Type.Integer({ minimum: 0 }),
});
export type LastReveal = Static<typeof LastRevealSchema>;

export const SilentWritingStateSchema = Type.Object({
  active: Type.Union([SilentRoundSchema, Type.Null()]),
  lastReveal: Type.Union([LastRevealSchema, Type.Null()]),
});
export type SilentWritingState = Static<typeof SilentWritingStateSchema>;

export const DEFAULT_SILENT_WRITING: SilentWritingState = { active: null, lastReveal: null };

export function readSilentWriting(value: unknown): SilentWritingState {
  return Value.Check(SilentWritingStateSchema, value) ? value : DEFAULT_SILENT_WRITING;
}

/** One of the caller's own drafts, as `GET /api/workshops/:id/drafts` returns it. */
export const DraftSchema = Type.Object({
  draftId: Type.String(),
  text: Type.String(),
  phase: PhaseSchema,
  updatedAt: Type.Number(),
});
export type Draft = Static<typeof DraftSchema>;

export const MyDraftsReply = Type.Object({
  roundId: Type.Union([Type.String(), Type.Null()]),
  drafts: Type.Array(DraftSchema),
});
export type MyDraftsReply = Static<typeof MyDraftsReply>;
