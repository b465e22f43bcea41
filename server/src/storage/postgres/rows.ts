import type { VoteTally } from '@moteplass/shared';
import type { VoteRecord } from '../parts/equality.js';
import { phaseOf, type ParticipantRowOf } from '../sql-rows.js';

export {
  copyBytes,
  draftFromRow,
  participantFromRow,
  roundFromRow,
  workshopFromRow,
  type DraftRow,
  type RoundRow,
  type WorkshopRow,
} from '../sql-rows.js';

/**
 * Rows as node-postgres hands them back (BIGINT parsed to number, see
 * `pool.ts`; BOOLEAN, JSONB and BYTEA as JS values) where they
 * differ from SQLite's; the shared ones are in sql-rows.ts.
 */
export type ParticipantRow = ParticipantRowOf<boolean>;

export interface VoteRow {
  id: string;
  workshop_id: string;
  dots_per_participant: number;
  phase: string | null;
  frame_id: string | null;
  poll_id: string | null;
  group_id: string | null;
  all_groups: boolean;
  forbid_own_notes: boolean;
  opened_at: number;
  closed_at: number | null;
  voters: number | null;
  tallies: VoteTally[] | null;
}

export const voteFromRow = (row: VoteRow): VoteRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  dotsPerParticipant: row.dots_per_participant,
  phase: row.phase === null ? null : phaseOf(row.phase),
  frameId: row.frame_id,
  pollId: row.poll_id,
  groupId: row.group_id,
  allGroups: row.all_groups,
  forbidOwnNotes: row.forbid_own_notes,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  result: row.closed_at === null ? null : { voters: row.voters ?? 0, tallies: row.tallies ?? [] },
});

/** The same bytes as a Buffer (no copy): what node-postgres sends as BYTEA, also inside arrays. */
export function byteaFrom(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
