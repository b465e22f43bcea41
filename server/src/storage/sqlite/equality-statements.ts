import type Database from 'better-sqlite3';
import type { VoteTally } from '@moteplass/shared';
import type { DraftRecord, SilentRoundRecord, VoteRecord } from '../parts/equality.js';
import { phaseOf, type DraftRow, type RoundRow } from '../sql-rows.js';

export { draftFromRow, roundFromRow, type DraftRow, type RoundRow } from '../sql-rows.js';

/** Rows of the drafts-and-votes tables, their mapping to records, and the statements on them. */
export interface VoteRow {
  id: string;
  workshop_id: string;
  dots_per_participant: number;
  phase: string | null;
  frame_id: string | null;
  poll_id: string | null;
  group_id: string | null;
  all_groups: number;
  forbid_own_notes: number;
  opened_at: number;
  closed_at: number | null;
  voters: number | null;
  tallies: string | null;
}

export const voteFromRow = (row: VoteRow): VoteRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  dotsPerParticipant: row.dots_per_participant,
  phase: row.phase === null ? null : phaseOf(row.phase),
  frameId: row.frame_id,
  pollId: row.poll_id,
  groupId: row.group_id,
  allGroups: row.all_groups === 1,
  forbidOwnNotes: row.forbid_own_notes === 1,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  result:
    row.closed_at === null
      ? null
      : { voters: row.voters ?? 0, tallies: JSON.parse(row.tallies ?? '[]') as VoteTally[] },
});

export function prepareEqualityStatements(db: Database.Database) {
  return {
    insertRound: db.prepare<Omit<SilentRoundRecord, 'revealedAt'>>(
      `INSERT INTO silent_rounds (id, workshop_id, phase, opened_at)
       VALUES (@id, @workshopId, @phase, @openedAt)`,
    ),
    openRound: db.prepare<[string], RoundRow>(
      // An open round is never revealed; saying so lets the partial unique index serve.
      `SELECT * FROM silent_rounds
       WHERE workshop_id = ? AND revealed_at IS NULL AND closed_at IS NULL`,
    ),
    round: db.prepare<[string, string], RoundRow>(
      'SELECT * FROM silent_rounds WHERE id = ? AND workshop_id = ?',
    ),
    unrevealedRound: db.prepare<[string], RoundRow>(
      'SELECT * FROM silent_rounds WHERE workshop_id = ? AND revealed_at IS NULL',
    ),
    claimRound: db.prepare<{ id: string; claim: string; now: number }>(
      `UPDATE silent_rounds
       SET closed_at = COALESCE(closed_at, @now), reveal_claim = @claim, reveal_claimed_at = @now
       WHERE id = @id`,
    ),
    revealRound: db.prepare<{ id: string; workshopId: string; claim: string; revealedAt: number }>(
      `UPDATE silent_rounds SET revealed_at = @revealedAt, reveal_claim = NULL,
         reveal_claimed_at = NULL
       WHERE id = @id AND workshop_id = @workshopId AND reveal_claim = @claim
         AND revealed_at IS NULL`,
    ),
    releaseRound: db.prepare<{ id: string; workshopId: string; claim: string }>(
      `UPDATE silent_rounds SET reveal_claim = NULL, reveal_claimed_at = NULL
       WHERE id = @id AND workshop_id = @workshopId AND reveal_claim = @claim`,
    ),
    countDrafts: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM drafts WHERE round_id = ? AND participant_id = ?',
    ),
    insertDraft: db.prepare<DraftRecord>(
      `INSERT INTO drafts (id, workshop_id, round_id, participant_id, phase, text, updated_at)
       VALUES (@id, @workshopId, @roundId, @participantId, @phase, @text, @updatedAt)`,
    ),
    updateDraft: db.prepare<DraftRecord>(
      `UPDATE drafts SET text = @text, phase = @phase, updated_at = @updatedAt
       WHERE id = @id AND workshop_id = @workshopId AND round_id = @roundId
         AND participant_id = @participantId`,
    ),
    // A closed round's drafts are fixed: they await their reveal.
    deleteDraft: db.prepare<[string, string, string]>(
      `DELETE FROM drafts WHERE id = ? AND workshop_id = ? AND participant_id = ?
         AND round_id IN (SELECT id FROM silent_rounds WHERE closed_at IS NULL)`,
    ),
    draftsOf: db.prepare<[string, string], DraftRow>(
      'SELECT * FROM drafts WHERE round_id = ? AND participant_id = ? ORDER BY rowid',
    ),
    draftsInRound: db.prepare<[string], DraftRow>(
      'SELECT * FROM drafts WHERE round_id = ? ORDER BY rowid',
    ),
    deleteDraftsInRound: db.prepare<[string]>('DELETE FROM drafts WHERE round_id = ?'),

    insertVote: db.prepare<VoteRow>(
      `INSERT INTO votes (id, workshop_id, dots_per_participant, phase, frame_id,
         poll_id, group_id, all_groups, forbid_own_notes, opened_at)
       VALUES (@id, @workshop_id, @dots_per_participant, @phase, @frame_id,
         @poll_id, @group_id, @all_groups, @forbid_own_notes, @opened_at)`,
    ),
    openVote: db.prepare<[string], VoteRow>(
      'SELECT * FROM votes WHERE workshop_id = ? AND closed_at IS NULL',
    ),
    vote: db.prepare<[string, string], VoteRow>(
      'SELECT * FROM votes WHERE id = ? AND workshop_id = ?',
    ),
    votes: db.prepare<[string], VoteRow>(
      'SELECT * FROM votes WHERE workshop_id = ? ORDER BY opened_at, rowid',
    ),
    dotsOf: db.prepare<[string, string], { item_id: string }>(
      'SELECT item_id FROM vote_dots WHERE vote_id = ? AND participant_id = ? ORDER BY seq',
    ),
    insertDot: db.prepare<[string, string, string]>(
      'INSERT INTO vote_dots (vote_id, participant_id, item_id) VALUES (?, ?, ?)',
    ),
    deleteLastDot: db.prepare<[string, string, string]>(
      `DELETE FROM vote_dots WHERE seq = (SELECT MAX(seq) FROM vote_dots
         WHERE vote_id = ? AND participant_id = ? AND item_id = ?)`,
    ),
    perVoter: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM vote_dots WHERE vote_id = ? GROUP BY participant_id',
    ),
    tallies: db.prepare<[string], { itemId: string; count: number }>(
      'SELECT item_id AS itemId, COUNT(*) AS count FROM vote_dots WHERE vote_id = ? GROUP BY item_id',
    ),
    closeVote: db.prepare<[number, number, string, string]>(
      'UPDATE votes SET closed_at = ?, voters = ?, tallies = ? WHERE id = ?',
    ),
    deleteDots: db.prepare<[string]>('DELETE FROM vote_dots WHERE vote_id = ?'),

    deleteWorkshopDots: db.prepare<[string]>(
      'DELETE FROM vote_dots WHERE vote_id IN (SELECT id FROM votes WHERE workshop_id = ?)',
    ),
    deleteWorkshopVotes: db.prepare<[string]>('DELETE FROM votes WHERE workshop_id = ?'),
    deleteWorkshopDrafts: db.prepare<[string]>('DELETE FROM drafts WHERE workshop_id = ?'),
    deleteWorkshopRounds: db.prepare<[string]>('DELETE FROM silent_rounds WHERE workshop_id = ?'),
  };
}
