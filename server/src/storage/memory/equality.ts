import { sortTallies, type VoteTally } from '@moteplass/shared';
import {
  REVEAL_CLAIM_MS,
  type ClaimRevealOutcome,
  type CastDotOutcome,
  type DraftRecord,
  type EqualityStore,
  type RetractDotOutcome,
  type SaveDraftOutcome,
  type SilentRoundRecord,
  type VoteProgress,
  type VoteRecord,
} from '../parts/equality.js';

interface Dot {
  participantId: string;
  itemId: string;
}

/**
 * Drafts and votes in maps (`MemoryStorage.equality`). Each method does its checks
 * and its writes without an `await` in between, so in one process it is as
 * atomic as a database transaction.
 */
export class MemoryEquality implements EqualityStore {
  private rounds = new Map<string, SilentRoundRecord>();
  /** roundId → the reveal holding it. */
  private revealClaims = new Map<string, { claimId: string; at: number }>();
  /** draftId → draft, in creation order. */
  private drafts = new Map<string, DraftRecord>();
  private votes = new Map<string, VoteRecord>();
  /** voteId → dots in the order cast. */
  private dots = new Map<string, Dot[]>();

  async openSilentRound(round: Omit<SilentRoundRecord, 'revealedAt'>): Promise<boolean> {
    if (this.unrevealedRound(round.workshopId)) return false;
    this.rounds.set(round.id, { ...round, closedAt: null, revealedAt: null });
    return true;
  }

  async getOpenSilentRound(workshopId: string): Promise<SilentRoundRecord | null> {
    const round = this.openRound(workshopId);
    return round ? { ...round } : null;
  }

  async saveDraft(
    draft: DraftRecord,
    options: { create: boolean; maxPerParticipant: number },
  ): Promise<SaveDraftOutcome> {
    const round = this.rounds.get(draft.roundId);
    if (!round || round.workshopId !== draft.workshopId || round.closedAt !== null) {
      return 'round-closed';
    }
    const existing = this.drafts.get(draft.id);
    if (options.create) {
      if (existing) throw new Error(`draft ${draft.id} exists`);
      const own = [...this.drafts.values()].filter(
        (d) => d.roundId === draft.roundId && d.participantId === draft.participantId,
      );
      if (own.length >= options.maxPerParticipant) return 'too-many';
    } else if (
      !existing ||
      existing.roundId !== draft.roundId ||
      existing.participantId !== draft.participantId ||
      existing.workshopId !== draft.workshopId
    ) {
      return 'not-found';
    }
    this.drafts.set(draft.id, { ...draft });
    return 'saved';
  }

  async deleteDraft(workshopId: string, participantId: string, draftId: string): Promise<boolean> {
    const draft = this.drafts.get(draftId);
    if (!draft || draft.workshopId !== workshopId || draft.participantId !== participantId) {
      return false;
    }
    // A closed round's drafts are fixed: they await their reveal.
    if (this.rounds.get(draft.roundId)?.closedAt !== null) return false;
    return this.drafts.delete(draftId);
  }

  async listDrafts(workshopId: string, participantId: string): Promise<DraftRecord[]> {
    const round = this.openRound(workshopId);
    if (!round) return [];
    return [...this.drafts.values()]
      .filter((d) => d.roundId === round.id && d.participantId === participantId)
      .map((d) => ({ ...d }));
  }

  async claimReveal(workshopId: string, claimId: string, now: number): Promise<ClaimRevealOutcome> {
    const round = this.unrevealedRound(workshopId);
    if (!round) return { status: 'none' };
    const held = this.revealClaims.get(round.id);
    if (held && held.at > now - REVEAL_CLAIM_MS) return { status: 'busy' };
    round.closedAt ??= now;
    this.revealClaims.set(round.id, { claimId, at: now });
    const drafts = [...this.drafts.values()].filter((d) => d.roundId === round.id);
    return { status: 'claimed', round: { ...round }, drafts: drafts.map((d) => ({ ...d })) };
  }

  async finishReveal(
    workshopId: string,
    roundId: string,
    claimId: string,
    revealedAt: number,
  ): Promise<boolean> {
    const round = this.rounds.get(roundId);
    if (!round || round.workshopId !== workshopId || round.revealedAt !== null) return false;
    if (this.revealClaims.get(roundId)?.claimId !== claimId) return false;
    round.revealedAt = revealedAt;
    this.revealClaims.delete(roundId);
    for (const [id, draft] of this.drafts) if (draft.roundId === roundId) this.drafts.delete(id);
    return true;
  }

  async releaseReveal(workshopId: string, roundId: string, claimId: string): Promise<void> {
    const round = this.rounds.get(roundId);
    if (round?.workshopId !== workshopId) return;
    if (this.revealClaims.get(roundId)?.claimId === claimId) this.revealClaims.delete(roundId);
  }

  async openVote(vote: VoteRecord): Promise<boolean> {
    if (this.openVoteOf(vote.workshopId)) return false;
    this.votes.set(vote.id, { ...vote, closedAt: null, result: null });
    this.dots.set(vote.id, []);
    return true;
  }

  async getOpenVote(workshopId: string): Promise<VoteRecord | null> {
    const vote = this.openVoteOf(workshopId);
    return vote ? { ...vote } : null;
  }

  async voteProgress(workshopId: string, voteId: string): Promise<VoteProgress | null> {
    const vote = this.votes.get(voteId);
    const dots = this.dots.get(voteId);
    if (!vote || !dots || vote.workshopId !== workshopId || vote.closedAt !== null) return null;
    return progressOf(dots, vote);
  }

  async castDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<CastDotOutcome> {
    const vote = this.votes.get(voteId);
    const dots = this.dots.get(voteId);
    if (!vote || !dots || vote.workshopId !== workshopId || vote.closedAt !== null) {
      return { status: 'closed' };
    }
    const mine = dotsOf(dots, participantId);
    if (mine.length >= vote.dotsPerParticipant) return { status: 'exhausted', dots: mine };
    dots.push({ participantId, itemId });
    return { status: 'cast', dots: [...mine, itemId], progress: progressOf(dots, vote) };
  }

  async retractDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<RetractDotOutcome> {
    const vote = this.votes.get(voteId);
    const dots = this.dots.get(voteId);
    if (!vote || !dots || vote.workshopId !== workshopId || vote.closedAt !== null) {
      return { status: 'closed' };
    }
    const index = dots.findLastIndex(
      (d) => d.participantId === participantId && d.itemId === itemId,
    );
    if (index < 0) return { status: 'none', dots: dotsOf(dots, participantId) };
    dots.splice(index, 1);
    return {
      status: 'retracted',
      dots: dotsOf(dots, participantId),
      progress: progressOf(dots, vote),
    };
  }

  async listDots(workshopId: string, voteId: string, participantId: string): Promise<string[]> {
    const vote = this.votes.get(voteId);
    if (!vote || vote.workshopId !== workshopId) return [];
    return dotsOf(this.dots.get(voteId) ?? [], participantId);
  }

  async closeVote(
    workshopId: string,
    voteId: string,
    closedAt: number,
  ): Promise<VoteRecord | null> {
    const vote = this.votes.get(voteId);
    if (!vote || vote.workshopId !== workshopId || vote.closedAt !== null) return null;
    const dots = this.dots.get(voteId) ?? [];
    const counts = new Map<string, number>();
    for (const dot of dots) counts.set(dot.itemId, (counts.get(dot.itemId) ?? 0) + 1);
    const tallies: VoteTally[] = [...counts].map(([itemId, count]) => ({ itemId, count }));
    vote.closedAt = closedAt;
    vote.result = {
      voters: new Set(dots.map((d) => d.participantId)).size,
      tallies: sortTallies(tallies),
    };
    // Who gave which dot is nobody's business once the result is known.
    this.dots.delete(voteId);
    return structuredClone(vote);
  }

  async listVotes(workshopId: string): Promise<VoteRecord[]> {
    return [...this.votes.values()]
      .filter((vote) => vote.workshopId === workshopId)
      .map((vote) => structuredClone(vote));
  }

  /** Part of `MemoryStorage.deleteWorkshop`. */
  deleteWorkshop(workshopId: string): void {
    for (const [id, round] of this.rounds) {
      if (round.workshopId !== workshopId) continue;
      this.rounds.delete(id);
      this.revealClaims.delete(id);
    }
    for (const [id, draft] of this.drafts)
      if (draft.workshopId === workshopId) this.drafts.delete(id);
    for (const [id, vote] of this.votes) {
      if (vote.workshopId !== workshopId) continue;
      this.votes.delete(id);
      this.dots.delete(id);
    }
  }

  clear(): void {
    this.rounds.clear();
    this.revealClaims.clear();
    this.drafts.clear();
    this.votes.clear();
    this.dots.clear();
  }

  private openRound(workshopId: string): SilentRoundRecord | undefined {
    for (const round of this.rounds.values()) {
      if (round.workshopId === workshopId && round.closedAt === null) return round;
    }
    return undefined;
  }

  /** The round that is open or closed awaiting its reveal; at most one per workshop. */
  private unrevealedRound(workshopId: string): SilentRoundRecord | undefined {
    for (const round of this.rounds.values()) {
      if (round.workshopId === workshopId && round.revealedAt === null) return round;
    }
    return undefined;
  }

  private openVoteOf(workshopId: string): VoteRecord | undefined {
    for (const vote of this.votes.values()) {
      if (vote.workshopId === workshopId && vote.closedAt === null) return vote;
    }
    return undefined;
  }
}

function dotsOf(dots: readonly Dot[], participantId: string): string[] {
  return dots.filter((d) => d.participantId === participantId).map((d) => d.itemId);
}

function progressOf(dots: readonly Dot[], vote: VoteRecord): VoteProgress {
  const perVoter = new Map<string, number>();
  for (const dot of dots)
    perVoter.set(dot.participantId, (perVoter.get(dot.participantId) ?? 0) + 1);
  let votersDone = 0;
  for (const count of perVoter.values()) if (count >= vote.dotsPerParticipant) votersDone += 1;
  return { voters: perVoter.size, votersDone };
}
