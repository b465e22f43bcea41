import type { PhaseId, VoteTally } from '@moteplass/shared';

/**
 * What the equality controls keep: silent-writing drafts and dot votes.
 * Every decision that enforces a rule (a round still open, a draft limit, a
 * vote budget) is made inside one storage transaction, never from one
 * instance's memory, so that several instances sharing a database keep the
 * rules too (docs/invariants.md, VOTE-1, DRAFT-2). `storage.equality`.
 */

/**
 * A silent-writing round: open (`closedAt` null), closed and awaiting its
 * reveal (its drafts kept, private and fixed), or revealed (`revealedAt` set,
 * drafts deleted). At most one round per workshop is not revealed yet.
 */
export interface SilentRoundRecord {
  id: string;
  workshopId: string;
  phase: PhaseId;
  openedAt: number;
  closedAt: number | null;
  /** Set once its notes are on the board and its drafts deleted. */
  revealedAt: number | null;
}

/**
 * How long a reveal's claim on a round holds (ms). A reveal that ends, well
 * or badly, gives its claim up at once; this only frees a round whose
 * revealing instance died in between (kill -9), so a retry can take it over.
 */
export const REVEAL_CLAIM_MS = 120_000;

/**
 * `claimed`: the round is closed (if it was open) and held for this reveal;
 * its drafts are handed back but kept until `finishReveal`. `busy`: another
 * reveal holds it. `none`: no round is open or awaiting its reveal.
 */
export type ClaimRevealOutcome =
  | { status: 'claimed'; round: SilentRoundRecord; drafts: DraftRecord[] }
  | { status: 'busy' }
  | { status: 'none' };

/** A private draft: only its author reads it, until the reveal publishes and deletes it (DRAFT-1). */
export interface DraftRecord {
  id: string;
  workshopId: string;
  roundId: string;
  participantId: string;
  phase: PhaseId;
  text: string;
  updatedAt: number;
}

export type SaveDraftOutcome = 'saved' | 'round-closed' | 'not-found' | 'too-many';

export interface VoteResultRecord {
  /** People who cast at least one dot. */
  voters: number;
  /** Dots per note, most first. Who gave which dot is not kept once the vote closes. */
  tallies: VoteTally[];
}

/** A dot vote; at most one is open per workshop. */
export interface VoteRecord {
  id: string;
  workshopId: string;
  dotsPerParticipant: number;
  phase: PhaseId | null;
  frameId: string | null;
  /** A poll card's vote (POLL-1): the poll's options are the ballot. */
  pollId: string | null;
  /** One breakout group's vote: only its members vote, on `frameId`. */
  groupId: string | null;
  /** Every breakout group at once: each member on their own group's frame. */
  allGroups: boolean;
  forbidOwnNotes: boolean;
  openedAt: number;
  closedAt: number | null;
  /** Set when the vote closes. */
  result: VoteResultRecord | null;
}

/** What may be said publicly while a vote is open: no counts per note (VOTE-2). */
export interface VoteProgress {
  voters: number;
  votersDone: number;
}

export type CastDotOutcome =
  | { status: 'cast'; dots: string[]; progress: VoteProgress }
  | { status: 'exhausted'; dots: string[] }
  | { status: 'closed' };

export type RetractDotOutcome =
  | { status: 'retracted'; dots: string[]; progress: VoteProgress }
  | { status: 'none'; dots: string[] }
  | { status: 'closed' };

export interface EqualityStore {
  /**
   * Opens a round; false (and nothing stored) when the workshop has a round
   * that is not revealed yet (open, or closed and awaiting its reveal).
   */
  openSilentRound(round: Omit<SilentRoundRecord, 'revealedAt'>): Promise<boolean>;
  getOpenSilentRound(workshopId: string): Promise<SilentRoundRecord | null>;
  /**
   * Creates (`create`) or updates the author's draft in its round, atomically
   * checking that the round is open and, for a new draft, that the author has
   * fewer than `maxPerParticipant`. Updating a draft that is not the author's
   * (or not in that round) is `not-found`.
   */
  saveDraft(
    draft: DraftRecord,
    options: { create: boolean; maxPerParticipant: number },
  ): Promise<SaveDraftOutcome>;
  /** Deletes one of the author's drafts in the open round; false when they have no such draft. */
  deleteDraft(workshopId: string, participantId: string, draftId: string): Promise<boolean>;
  /** The author's drafts in the workshop's open round, oldest first. */
  listDrafts(workshopId: string, participantId: string): Promise<DraftRecord[]>;
  /**
   * Step one of a reveal, in one transaction: takes the workshop's round that
   * is not revealed yet — closing it at `now` if it is open, so a save racing
   * with it either lands before or is refused — marks it claimed by
   * `claimId`, and hands back every draft in it. The drafts stay stored (and
   * private) until `finishReveal`, so a reveal whose board write fails loses
   * nothing. A claim younger than REVEAL_CLAIM_MS makes it `busy`.
   */
  claimReveal(workshopId: string, claimId: string, now: number): Promise<ClaimRevealOutcome>;
  /**
   * Step two, once the notes are stored on the board: marks the round
   * revealed and deletes its drafts, in one transaction. False (and nothing
   * changed) when `claimId` no longer holds the round.
   */
  finishReveal(
    workshopId: string,
    roundId: string,
    claimId: string,
    revealedAt: number,
  ): Promise<boolean>;
  /** The reveal failed before any note was stored: the round awaits a retry, drafts kept. */
  releaseReveal(workshopId: string, roundId: string, claimId: string): Promise<void>;

  /** Opens a vote; false (and nothing stored) when the workshop has one open already. */
  openVote(vote: VoteRecord): Promise<boolean>;
  getOpenVote(workshopId: string): Promise<VoteRecord | null>;
  /**
   * How many have voted and how many have used every dot, read now; null
   * when the vote is not open. (The progress a cast returns may be overtaken
   * by a later cast on another instance before it is published.)
   */
  voteProgress(workshopId: string, voteId: string): Promise<VoteProgress | null>;
  /** One more dot on `itemId`, unless the voter has used all their dots (VOTE-1). */
  castDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<CastDotOutcome>;
  /** Takes back one of the voter's dots on `itemId`. */
  retractDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<RetractDotOutcome>;
  /** The voter's dots (item ids, one per dot, in the order cast). */
  listDots(workshopId: string, voteId: string, participantId: string): Promise<string[]>;
  /** Closes the vote, counts it, and forgets who gave which dot. Null when it is not open. */
  closeVote(workshopId: string, voteId: string, closedAt: number): Promise<VoteRecord | null>;
  /** Every vote of the workshop, oldest first (for the export). */
  listVotes(workshopId: string): Promise<VoteRecord[]>;
}
