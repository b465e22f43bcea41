import type Database from 'better-sqlite3';
import { sortTallies } from '@moteplass/shared';
import {
  REVEAL_CLAIM_MS,
  type CastDotOutcome,
  type ClaimRevealOutcome,
  type DraftRecord,
  type EqualityStore,
  type RetractDotOutcome,
  type SaveDraftOutcome,
  type SilentRoundRecord,
  type VoteProgress,
  type VoteRecord,
} from '../parts/equality.js';
import {
  draftFromRow,
  prepareEqualityStatements,
  roundFromRow,
  voteFromRow,
  type VoteRow,
} from './equality-statements.js';

/**
 * Drafts and votes in SQLite (`SqliteStorage.equality`). Every check-then-write
 * runs in an IMMEDIATE transaction: it takes the write lock before reading, so
 * two processes on one file cannot both pass a budget check (VOTE-1).
 *
 * DISK-1: a revealed round's drafts (author next to text) and a closed vote's
 * dots (voter next to note) leave the WAL too, not only the table: `scrub`
 * (SqliteStorage's WAL truncation) runs after either before it resolves.
 */
export class SqliteEquality implements EqualityStore {
  private readonly sql: ReturnType<typeof prepareEqualityStatements>;

  constructor(
    private readonly db: Database.Database,
    private readonly scrub: () => Promise<void>,
  ) {
    this.sql = prepareEqualityStatements(db);
  }

  private atomically<T>(run: () => T): T {
    return this.db.transaction(run).immediate();
  }

  async openSilentRound(round: Omit<SilentRoundRecord, 'revealedAt'>): Promise<boolean> {
    return this.atomically(() => {
      if (this.sql.unrevealedRound.get(round.workshopId)) return false;
      this.sql.insertRound.run(round);
      return true;
    });
  }

  async getOpenSilentRound(workshopId: string): Promise<SilentRoundRecord | null> {
    const row = this.sql.openRound.get(workshopId);
    return row ? roundFromRow(row) : null;
  }

  async saveDraft(
    draft: DraftRecord,
    options: { create: boolean; maxPerParticipant: number },
  ): Promise<SaveDraftOutcome> {
    return this.atomically((): SaveDraftOutcome => {
      const round = this.sql.round.get(draft.roundId, draft.workshopId);
      if (!round || round.closed_at !== null) return 'round-closed';
      if (!options.create)
        return this.sql.updateDraft.run(draft).changes > 0 ? 'saved' : 'not-found';
      const { n } = this.sql.countDrafts.get(draft.roundId, draft.participantId) ?? { n: 0 };
      if (n >= options.maxPerParticipant) return 'too-many';
      this.sql.insertDraft.run(draft);
      return 'saved';
    });
  }

  async deleteDraft(workshopId: string, participantId: string, draftId: string): Promise<boolean> {
    return this.sql.deleteDraft.run(draftId, workshopId, participantId).changes > 0;
  }

  async listDrafts(workshopId: string, participantId: string): Promise<DraftRecord[]> {
    const round = this.sql.openRound.get(workshopId);
    return round ? this.sql.draftsOf.all(round.id, participantId).map(draftFromRow) : [];
  }

  async claimReveal(workshopId: string, claimId: string, now: number): Promise<ClaimRevealOutcome> {
    return this.atomically((): ClaimRevealOutcome => {
      const found = this.sql.unrevealedRound.get(workshopId);
      if (!found) return { status: 'none' };
      const held =
        found.reveal_claim !== null && (found.reveal_claimed_at ?? 0) > now - REVEAL_CLAIM_MS;
      if (held) return { status: 'busy' };
      this.sql.claimRound.run({ id: found.id, claim: claimId, now });
      const round = this.sql.round.get(found.id, workshopId);
      if (!round) throw new Error(`silent round ${found.id} vanished inside its transaction`);
      const drafts = this.sql.draftsInRound.all(found.id).map(draftFromRow);
      return { status: 'claimed', round: roundFromRow(round), drafts };
    });
  }

  async finishReveal(
    workshopId: string,
    roundId: string,
    claimId: string,
    revealedAt: number,
  ): Promise<boolean> {
    const revealed = this.atomically(() => {
      const changed = this.sql.revealRound.run({
        id: roundId,
        workshopId,
        claim: claimId,
        revealedAt,
      });
      if (changed.changes === 0) return false;
      this.sql.deleteDraftsInRound.run(roundId);
      return true;
    });
    if (revealed) await this.scrub();
    return revealed;
  }

  async releaseReveal(workshopId: string, roundId: string, claimId: string): Promise<void> {
    this.sql.releaseRound.run({ id: roundId, workshopId, claim: claimId });
  }

  async openVote(vote: VoteRecord): Promise<boolean> {
    return this.atomically(() => {
      if (this.sql.openVote.get(vote.workshopId)) return false;
      this.sql.insertVote.run({
        id: vote.id,
        workshop_id: vote.workshopId,
        dots_per_participant: vote.dotsPerParticipant,
        phase: vote.phase,
        frame_id: vote.frameId,
        poll_id: vote.pollId,
        group_id: vote.groupId,
        all_groups: vote.allGroups ? 1 : 0,
        forbid_own_notes: vote.forbidOwnNotes ? 1 : 0,
        opened_at: vote.openedAt,
        closed_at: null,
        voters: null,
        tallies: null,
      });
      return true;
    });
  }

  async getOpenVote(workshopId: string): Promise<VoteRecord | null> {
    const row = this.sql.openVote.get(workshopId);
    return row ? voteFromRow(row) : null;
  }

  async voteProgress(workshopId: string, voteId: string): Promise<VoteProgress | null> {
    const vote = this.sql.openVote.get(workshopId);
    return vote?.id === voteId ? this.progress(vote) : null;
  }

  async castDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<CastDotOutcome> {
    return this.atomically((): CastDotOutcome => {
      const vote = this.sql.vote.get(voteId, workshopId);
      if (!vote || vote.closed_at !== null) return { status: 'closed' };
      const mine = this.dots(voteId, participantId);
      if (mine.length >= vote.dots_per_participant) return { status: 'exhausted', dots: mine };
      this.sql.insertDot.run(voteId, participantId, itemId);
      return { status: 'cast', dots: [...mine, itemId], progress: this.progress(vote) };
    });
  }

  async retractDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<RetractDotOutcome> {
    return this.atomically((): RetractDotOutcome => {
      const vote = this.sql.vote.get(voteId, workshopId);
      if (!vote || vote.closed_at !== null) return { status: 'closed' };
      if (this.sql.deleteLastDot.run(voteId, participantId, itemId).changes === 0) {
        return { status: 'none', dots: this.dots(voteId, participantId) };
      }
      return {
        status: 'retracted',
        dots: this.dots(voteId, participantId),
        progress: this.progress(vote),
      };
    });
  }

  async listDots(workshopId: string, voteId: string, participantId: string): Promise<string[]> {
    return this.sql.vote.get(voteId, workshopId) ? this.dots(voteId, participantId) : [];
  }

  async closeVote(
    workshopId: string,
    voteId: string,
    closedAt: number,
  ): Promise<VoteRecord | null> {
    const closed = this.atomically(() => {
      const vote = this.sql.vote.get(voteId, workshopId);
      if (!vote || vote.closed_at !== null) return null;
      const voters = this.sql.perVoter.all(voteId).length;
      const tallies = sortTallies(this.sql.tallies.all(voteId));
      this.sql.closeVote.run(closedAt, voters, JSON.stringify(tallies), voteId);
      // Who gave which dot is nobody's business once the result is known.
      this.sql.deleteDots.run(voteId);
      const row = this.sql.vote.get(voteId, workshopId);
      return row ? voteFromRow(row) : null;
    });
    if (closed) await this.scrub();
    return closed;
  }

  async listVotes(workshopId: string): Promise<VoteRecord[]> {
    return this.sql.votes.all(workshopId).map(voteFromRow);
  }

  /** Part of `SqliteStorage.deleteWorkshop`, inside its transaction. */
  deleteWorkshop(workshopId: string): void {
    this.sql.deleteWorkshopDots.run(workshopId);
    this.sql.deleteWorkshopVotes.run(workshopId);
    this.sql.deleteWorkshopDrafts.run(workshopId);
    this.sql.deleteWorkshopRounds.run(workshopId);
  }

  private dots(voteId: string, participantId: string): string[] {
    return this.sql.dotsOf.all(voteId, participantId).map((row) => row.item_id);
  }

  private progress(vote: VoteRow): VoteProgress {
    const perVoter = this.sql.perVoter.all(vote.id);
    return {
      voters: perVoter.length,
      votersDone: perVoter.filter((row) => row.n >= vote.dots_per_participant).length,
    };
  }
}
