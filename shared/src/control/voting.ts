import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema, kindHas, type BoardItem } from '../kinds/index.js';
import type { PhaseId } from '../phases.js';

/**
 * Dot voting (prikkstemming). While a vote is open the control document says
 * only how many have voted and how many have used all their dots — never a
 * count per note (VOTE-2); each person asks for their own dots. `closeVote`
 * appends the tallies to `voteResults`, where they stay for the export.
 */
export const VOTE_KEY = 'vote';
export const VOTE_RESULTS_KEY = 'voteResults';

export const VOTE_LIMITS = { maxDotsPerParticipant: 50, maxResultsKept: 100 } as const;

const Id = Type.String({ maxLength: 64 });

const ScopeFields = {
  voteId: Id,
  /** Notes of this phase are on the ballot (null when a frame is). */
  phase: Type.Union([PhaseSchema, Type.Null()]),
  /** Notes inside this frame are on the ballot (null when a phase is). */
  frameId: Type.Union([Id, Type.Null()]),
  /** This poll card's options are the ballot (`<pollId>:<index>`); absent or null otherwise. */
  pollId: Type.Optional(Type.Union([Id, Type.Null()])),
  dotsPerParticipant: Type.Integer({ minimum: 1, maximum: VOTE_LIMITS.maxDotsPerParticipant }),
  forbidOwnNotes: Type.Boolean(),
  openedAt: Type.Number(),
  /** A breakout group's vote: only its members vote, on its frame (group-equality.ts). */
  groupId: Type.Optional(Id),
  /** A vote in every breakout group at once: each member on their own group's frame. */
  allGroups: Type.Optional(Type.Boolean()),
};

export const OpenVoteSchema = Type.Object({
  ...ScopeFields,
  /** People who have cast at least one dot. */
  voters: Type.Integer({ minimum: 0 }),
  /** People who have used all their dots. */
  votersDone: Type.Integer({ minimum: 0 }),
});
export type OpenVote = Static<typeof OpenVoteSchema>;

export const VoteTallySchema = Type.Object({ itemId: Id, count: Type.Integer({ minimum: 1 }) });
export type VoteTally = Static<typeof VoteTallySchema>;

export const VoteResultSchema = Type.Object({
  ...ScopeFields,
  closedAt: Type.Number(),
  voters: Type.Integer({ minimum: 0 }),
  /** Notes with at least one dot, most dots first. */
  tallies: Type.Array(VoteTallySchema),
});
export type VoteResult = Static<typeof VoteResultSchema>;

export function readOpenVote(value: unknown): OpenVote | null {
  return Value.Check(OpenVoteSchema, value) ? value : null;
}

/** Closed votes, oldest first; malformed entries are skipped. */
export function readVoteResults(value: unknown): VoteResult[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is VoteResult => Value.Check(VoteResultSchema, entry));
}

/** Tallies sorted most dots first; ties by item id so every screen agrees. */
export function sortTallies(tallies: readonly VoteTally[]): VoteTally[] {
  return [...tallies].sort(
    (a, b) => b.count - a.count || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0),
  );
}

/** Whether the centre of `item` lies inside `frame`. */
export function isInsideFrame(item: BoardItem, frame: BoardItem): boolean {
  const cx = item.x + item.w / 2;
  const cy = item.y + item.h / 2;
  return cx >= frame.x && cx <= frame.x + frame.w && cy >= frame.y && cy <= frame.y + frame.h;
}

/** What a vote is about: a phase's notes, the notes inside a frame, or a poll card's options. */
export interface VoteScope {
  phase: PhaseId | null;
  frameId: string | null;
  /** Set when the ballot is this poll's options instead of items. */
  pollId?: string | null;
}

/**
 * Whether `item` is on the ballot; `frame` is the scope's frame item when it
 * has one. Items of a contribution kind (notes) are; on a poll's vote no item
 * is (its options are, see `pollBallot`).
 */
export function isOnBallot(item: BoardItem, scope: VoteScope, frame: BoardItem | null): boolean {
  if (scope.pollId) return false;
  if (!kindHas(item.type, 'contribution')) return false;
  if (scope.frameId !== null) return frame !== null && isInsideFrame(item, frame);
  return scope.phase === null || item.phase === scope.phase;
}

/** `GET /api/workshops/:id/votes/mine` and the reply to castVote/retractVote. */
export const MyVotesReply = Type.Object({
  voteId: Type.Union([Type.String(), Type.Null()]),
  /** Item ids, one entry per dot (a note may hold several of one's dots). */
  dots: Type.Array(Type.String()),
  remaining: Type.Integer({ minimum: 0 }),
});
export type MyVotesReply = Static<typeof MyVotesReply>;
