import type { Pool, PoolClient } from 'pg';
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
import { inTransaction } from './pool.js';
import {
  draftFromRow,
  roundFromRow,
  voteFromRow,
  type DraftRow,
  type RoundRow,
  type VoteRow,
} from './rows.js';

/**
 * Drafts and votes in PostgreSQL, shared by every instance. Each
 * check-then-write locks the row it decides on (the round, the vote) with
 * SELECT … FOR UPDATE, so two instances cannot both pass a draft limit or a
 * vote budget (VOTE-1, DRAFT-2); closing takes the same lock, so a save or a
 * dot racing with it lands before or is refused. Opening relies on the
 * partial unique indexes (one open round, one open vote per workshop).
 */
export class PostgresEquality implements EqualityStore {
  /** `vacuumSoon`: PostgresStorage's VACUUM of a table after a reveal or a close (DISK-1). */
  constructor(
    private readonly pool: Pool,
    private readonly vacuumSoon: (table: 'drafts' | 'vote_dots') => void,
  ) {}

  async openSilentRound(round: Omit<SilentRoundRecord, 'revealedAt'>): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO silent_rounds (id, workshop_id, phase, opened_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workshop_id) WHERE revealed_at IS NULL DO NOTHING`,
      [round.id, round.workshopId, round.phase, round.openedAt],
    );
    return rowCount === 1;
  }

  async getOpenSilentRound(workshopId: string): Promise<SilentRoundRecord | null> {
    const { rows } = await this.pool.query<RoundRow>(
      // An open round is never revealed; saying so lets the partial unique index serve.
      `SELECT * FROM silent_rounds
       WHERE workshop_id = $1 AND revealed_at IS NULL AND closed_at IS NULL`,
      [workshopId],
    );
    return rows[0] ? roundFromRow(rows[0]) : null;
  }

  async saveDraft(
    draft: DraftRecord,
    options: { create: boolean; maxPerParticipant: number },
  ): Promise<SaveDraftOutcome> {
    return inTransaction(this.pool, async (client): Promise<SaveDraftOutcome> => {
      // Creating counts the author's drafts, so creations in a round take
      // turns; an edit only needs the round to stay open until it commits.
      const lock = options.create ? 'FOR UPDATE' : 'FOR SHARE';
      const round = await client.query<{ closed_at: number | null }>(
        `SELECT closed_at FROM silent_rounds WHERE id = $1 AND workshop_id = $2 ${lock}`,
        [draft.roundId, draft.workshopId],
      );
      if (!round.rows[0] || round.rows[0].closed_at !== null) return 'round-closed';
      if (!options.create) {
        const { rowCount } = await client.query(
          `UPDATE drafts SET text = $1, phase = $2, updated_at = $3
           WHERE id = $4 AND workshop_id = $5 AND round_id = $6 AND participant_id = $7`,
          [
            draft.text,
            draft.phase,
            draft.updatedAt,
            draft.id,
            draft.workshopId,
            draft.roundId,
            draft.participantId,
          ],
        );
        return rowCount === 1 ? 'saved' : 'not-found';
      }
      const count = await client.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM drafts WHERE round_id = $1 AND participant_id = $2',
        [draft.roundId, draft.participantId],
      );
      if ((count.rows[0]?.n ?? 0) >= options.maxPerParticipant) return 'too-many';
      await client.query(
        `INSERT INTO drafts (id, workshop_id, round_id, participant_id, phase, text, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          draft.id,
          draft.workshopId,
          draft.roundId,
          draft.participantId,
          draft.phase,
          draft.text,
          draft.updatedAt,
        ],
      );
      return 'saved';
    });
  }

  async deleteDraft(workshopId: string, participantId: string, draftId: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      // A closed round's drafts are fixed: they await their reveal. The share
      // lock keeps the round open until the delete commits, as for an edit.
      const open = await client.query(
        `SELECT 1 FROM silent_rounds r JOIN drafts d ON d.round_id = r.id
         WHERE d.id = $1 AND d.workshop_id = $2 AND d.participant_id = $3
           AND r.closed_at IS NULL
         FOR SHARE OF r`,
        [draftId, workshopId, participantId],
      );
      if (open.rowCount !== 1) return false;
      const { rowCount } = await client.query('DELETE FROM drafts WHERE id = $1', [draftId]);
      return rowCount === 1;
    });
  }

  async listDrafts(workshopId: string, participantId: string): Promise<DraftRecord[]> {
    const { rows } = await this.pool.query<DraftRow>(
      `SELECT d.* FROM drafts d
       JOIN silent_rounds r ON r.id = d.round_id AND r.closed_at IS NULL
       WHERE r.workshop_id = $1 AND d.participant_id = $2
       ORDER BY d.position`,
      [workshopId, participantId],
    );
    return rows.map(draftFromRow);
  }

  async claimReveal(workshopId: string, claimId: string, now: number): Promise<ClaimRevealOutcome> {
    return inTransaction(this.pool, async (client): Promise<ClaimRevealOutcome> => {
      // The row lock waits for every save in flight (they lock the round too)
      // and makes a second reveal wait, then see this one's claim.
      const found = await client.query<RoundRow>(
        'SELECT * FROM silent_rounds WHERE workshop_id = $1 AND revealed_at IS NULL FOR UPDATE',
        [workshopId],
      );
      const round = found.rows[0];
      if (!round) return { status: 'none' };
      const held =
        round.reveal_claim !== null && (round.reveal_claimed_at ?? 0) > now - REVEAL_CLAIM_MS;
      if (held) return { status: 'busy' };
      const claimed = await client.query<RoundRow>(
        `UPDATE silent_rounds
         SET closed_at = COALESCE(closed_at, $1), reveal_claim = $2, reveal_claimed_at = $1
         WHERE id = $3 RETURNING *`,
        [now, claimId, round.id],
      );
      const { rows } = await client.query<DraftRow>(
        'SELECT * FROM drafts WHERE round_id = $1 ORDER BY position',
        [round.id],
      );
      const row = claimed.rows[0];
      if (!row) throw new Error(`silent round ${round.id} vanished inside its transaction`);
      return { status: 'claimed', round: roundFromRow(row), drafts: rows.map(draftFromRow) };
    });
  }

  async finishReveal(
    workshopId: string,
    roundId: string,
    claimId: string,
    revealedAt: number,
  ): Promise<boolean> {
    const revealed = await inTransaction(this.pool, async (client) => {
      const changed = await client.query(
        `UPDATE silent_rounds SET revealed_at = $1, reveal_claim = NULL, reveal_claimed_at = NULL
         WHERE id = $2 AND workshop_id = $3 AND reveal_claim = $4 AND revealed_at IS NULL`,
        [revealedAt, roundId, workshopId, claimId],
      );
      if (changed.rowCount !== 1) return false;
      await client.query('DELETE FROM drafts WHERE round_id = $1', [roundId]);
      return true;
    });
    if (revealed) this.vacuumSoon('drafts');
    return revealed;
  }

  async releaseReveal(workshopId: string, roundId: string, claimId: string): Promise<void> {
    await this.pool.query(
      `UPDATE silent_rounds SET reveal_claim = NULL, reveal_claimed_at = NULL
       WHERE id = $1 AND workshop_id = $2 AND reveal_claim = $3`,
      [roundId, workshopId, claimId],
    );
  }

  async openVote(vote: VoteRecord): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO votes (id, workshop_id, dots_per_participant, phase, frame_id,
         poll_id, group_id, all_groups, forbid_own_notes, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (workshop_id) WHERE closed_at IS NULL DO NOTHING`,
      [
        vote.id,
        vote.workshopId,
        vote.dotsPerParticipant,
        vote.phase,
        vote.frameId,
        vote.pollId,
        vote.groupId,
        vote.allGroups,
        vote.forbidOwnNotes,
        vote.openedAt,
      ],
    );
    return rowCount === 1;
  }

  async getOpenVote(workshopId: string): Promise<VoteRecord | null> {
    const { rows } = await this.pool.query<VoteRow>(
      'SELECT * FROM votes WHERE workshop_id = $1 AND closed_at IS NULL',
      [workshopId],
    );
    return rows[0] ? voteFromRow(rows[0]) : null;
  }

  async voteProgress(workshopId: string, voteId: string): Promise<VoteProgress | null> {
    const { rows } = await this.pool.query<{ voters: number; done: number }>(
      `SELECT COUNT(per_voter.n) AS voters,
              COUNT(per_voter.n) FILTER (WHERE per_voter.n >= v.dots_per_participant) AS done
       FROM votes v
       LEFT JOIN (SELECT participant_id, COUNT(*) AS n FROM vote_dots
                  WHERE vote_id = $2 GROUP BY participant_id) per_voter ON true
       WHERE v.id = $2 AND v.workshop_id = $1 AND v.closed_at IS NULL
       GROUP BY v.id`,
      [workshopId, voteId],
    );
    const row = rows[0];
    return row ? { voters: Number(row.voters), votersDone: Number(row.done) } : null;
  }

  async castDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<CastDotOutcome> {
    return inTransaction(this.pool, async (client): Promise<CastDotOutcome> => {
      const vote = await lockOpenVote(client, workshopId, voteId);
      if (!vote) return { status: 'closed' };
      const mine = await dotsOf(client, voteId, participantId);
      if (mine.length >= vote.dots_per_participant) return { status: 'exhausted', dots: mine };
      await client.query(
        'INSERT INTO vote_dots (vote_id, participant_id, item_id) VALUES ($1, $2, $3)',
        [voteId, participantId, itemId],
      );
      return { status: 'cast', dots: [...mine, itemId], progress: await progressOf(client, vote) };
    });
  }

  async retractDot(
    workshopId: string,
    voteId: string,
    participantId: string,
    itemId: string,
  ): Promise<RetractDotOutcome> {
    return inTransaction(this.pool, async (client): Promise<RetractDotOutcome> => {
      const vote = await lockOpenVote(client, workshopId, voteId);
      if (!vote) return { status: 'closed' };
      const removed = await client.query(
        `DELETE FROM vote_dots WHERE seq = (SELECT MAX(seq) FROM vote_dots
           WHERE vote_id = $1 AND participant_id = $2 AND item_id = $3)`,
        [voteId, participantId, itemId],
      );
      const dots = await dotsOf(client, voteId, participantId);
      if (removed.rowCount === 0) return { status: 'none', dots };
      return { status: 'retracted', dots, progress: await progressOf(client, vote) };
    });
  }

  async listDots(workshopId: string, voteId: string, participantId: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ item_id: string }>(
      `SELECT d.item_id FROM vote_dots d JOIN votes v ON v.id = d.vote_id
       WHERE v.id = $1 AND v.workshop_id = $2 AND d.participant_id = $3 ORDER BY d.seq`,
      [voteId, workshopId, participantId],
    );
    return rows.map((row) => row.item_id);
  }

  async closeVote(
    workshopId: string,
    voteId: string,
    closedAt: number,
  ): Promise<VoteRecord | null> {
    const closed = await inTransaction(this.pool, async (client) => {
      const vote = await lockOpenVote(client, workshopId, voteId);
      if (!vote) return null;
      const voters = await client.query<{ n: number }>(
        'SELECT COUNT(DISTINCT participant_id) AS n FROM vote_dots WHERE vote_id = $1',
        [voteId],
      );
      const counts = await client.query<{ itemId: string; count: number }>(
        `SELECT item_id AS "itemId", COUNT(*) AS count FROM vote_dots
         WHERE vote_id = $1 GROUP BY item_id`,
        [voteId],
      );
      const { rows } = await client.query<VoteRow>(
        'UPDATE votes SET closed_at = $1, voters = $2, tallies = $3 WHERE id = $4 RETURNING *',
        [closedAt, voters.rows[0]?.n ?? 0, JSON.stringify(sortTallies(counts.rows)), voteId],
      );
      // Who gave which dot is nobody's business once the result is known.
      await client.query('DELETE FROM vote_dots WHERE vote_id = $1', [voteId]);
      return rows[0] ? voteFromRow(rows[0]) : null;
    });
    if (closed) this.vacuumSoon('vote_dots');
    return closed;
  }

  async listVotes(workshopId: string): Promise<VoteRecord[]> {
    const { rows } = await this.pool.query<VoteRow>(
      'SELECT * FROM votes WHERE workshop_id = $1 ORDER BY opened_at, position',
      [workshopId],
    );
    return rows.map(voteFromRow);
  }
}

/** The open vote, locked until the transaction ends; null when unknown or closed. */
async function lockOpenVote(
  client: PoolClient,
  workshopId: string,
  voteId: string,
): Promise<VoteRow | null> {
  const { rows } = await client.query<VoteRow>(
    'SELECT * FROM votes WHERE id = $1 AND workshop_id = $2 FOR UPDATE',
    [voteId, workshopId],
  );
  const vote = rows[0];
  return vote && vote.closed_at === null ? vote : null;
}

async function dotsOf(client: PoolClient, voteId: string, participantId: string) {
  const { rows } = await client.query<{ item_id: string }>(
    'SELECT item_id FROM vote_dots WHERE vote_id = $1 AND participant_id = $2 ORDER BY seq',
    [voteId, participantId],
  );
  return rows.map((row) => row.item_id);
}

async function progressOf(client: PoolClient, vote: VoteRow): Promise<VoteProgress> {
  const { rows } = await client.query<{ voters: number; done: number }>(
    `SELECT COUNT(*) AS voters, COUNT(*) FILTER (WHERE n >= $2) AS done
     FROM (SELECT COUNT(*) AS n FROM vote_dots WHERE vote_id = $1 GROUP BY participant_id) per_voter`,
    [vote.id, vote.dots_per_participant],
  );
  return { voters: rows[0]?.voters ?? 0, votersDone: rows[0]?.done ?? 0 };
}
