import { sortTallies, type VoteTally } from '@moteplass/shared';
import type {
  CastDotOutcome,
  DraftRecord,
  EqualityStorage,
  RetractDotOutcome,
  SaveDraftOutcome,
  SilentRoundRecord,
  VoteProgress,
  VoteRecord,
} from './equality-types.js';

interface Dot {
  participantId: string;
  itemId: string;
}

/**
 * Drafts and votes in maps, for MemoryStorage. Each method does its checks
 * and its writes without an `await` in between, so in one process it is as
 * atomic as a database transaction.
 */
export class MemoryEqualityStore implements EqualityStorage {
  private rounds = new Map<string, SilentRoundRecord>();
  /** draftId → draft, in creation order. */
  private drafts = new Map<string, DraftRecord>();
  private votes = new Map<string, VoteRecord>();
  /** voteId → dots in the order cast. */
  private dots = new Map<string, Dot[]>();

  async openSilentRound(round: SilentRoundRecord): Promise<boolean> {
    if (this.openRound(round.workshopId)) return false;
    this.rounds.set(round.id, { ...round, closedAt: null });
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
    return this.drafts.delete(draftId);
  }

  async listDrafts(workshopId: string, participantId: string): Promise<DraftRecord[]> {
    const round = this.openRound(workshopId);
    if (!round) return [];
    return [...this.drafts.values()]
      .filter((d) => d.roundId === round.id && d.participantId === participantId)
      .map((d) => ({ ...d }));
  }

  async closeSilentRound(
    workshopId: string,
    roundId: string,
    closedAt: number,
  ): Promise<DraftRecord[] | null> {
    const round = this.rounds.get(roundId);
    if (!round || round.workshopId !== workshopId || round.closedAt !== null) return null;
    round.closedAt = closedAt;
    const taken = [...this.drafts.values()].filter((d) => d.roundId === roundId);
    for (const draft of taken) this.drafts.delete(draft.id);
    return taken;
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

  deleteWorkshop(workshopId: string): void {
    for (const [id, round] of this.rounds)
      if (round.workshopId === workshopId) this.rounds.delete(id);
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
