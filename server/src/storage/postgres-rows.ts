import { isLanguage, isPhaseId, isRole, type PhaseId, type VoteTally } from '@moteplass/shared';
import type { DraftRecord, SilentRoundRecord, VoteRecord } from './equality-types.js';
import type { ParticipantRecord, WorkshopRecord } from './types.js';

/**
 * Rows as node-postgres hands them back (BIGINT parsed to number, see
 * `postgres-pool.ts`; BOOLEAN, JSONB and BYTEA as JS values) and their
 * mapping to records. Closed sets are checked on the way out: a bad value is
 * a corrupt database, not something to pass on.
 */
export interface WorkshopRow {
  id: string;
  title: string;
  case_description: string;
  language: string;
  join_code: string;
  facilitator_key_hash: string;
  created_at: number;
  last_activity_at: number;
}

export interface ParticipantRow {
  id: string;
  workshop_id: string;
  name: string | null;
  role: string | null;
  facilitator: boolean;
  created_at: number;
  revoked: boolean;
}

export interface RoundRow {
  id: string;
  workshop_id: string;
  phase: string;
  opened_at: number;
  closed_at: number | null;
  revealed_at: number | null;
  /** The reveal holding the round, and since when (REVEAL_CLAIM_MS). */
  reveal_claim: string | null;
  reveal_claimed_at: number | null;
}

export interface DraftRow {
  id: string;
  workshop_id: string;
  round_id: string;
  participant_id: string;
  phase: string;
  text: string;
  updated_at: number;
}

export interface VoteRow {
  id: string;
  workshop_id: string;
  dots_per_participant: number;
  phase: string | null;
  frame_id: string | null;
  forbid_own_notes: boolean;
  opened_at: number;
  closed_at: number | null;
  voters: number | null;
  tallies: VoteTally[] | null;
}

export function workshopFromRow(row: WorkshopRow): WorkshopRecord {
  if (!isLanguage(row.language)) {
    throw new Error(`workshop ${row.id} has unknown language ${row.language}`);
  }
  return {
    id: row.id,
    title: row.title,
    caseDescription: row.case_description,
    language: row.language,
    joinCode: row.join_code,
    facilitatorKeyHash: row.facilitator_key_hash,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
  };
}

export function participantFromRow(row: ParticipantRow): ParticipantRecord {
  const { role } = row;
  if (role !== null && !isRole(role)) {
    throw new Error(`participant ${row.id} has unknown role ${role}`);
  }
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    role,
    facilitator: row.facilitator,
    createdAt: row.created_at,
    revoked: row.revoked,
  };
}

function phaseOf(value: string): PhaseId {
  if (!isPhaseId(value)) throw new Error(`stored phase ${value} is unknown`);
  return value;
}

export const roundFromRow = (row: RoundRow): SilentRoundRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  phase: phaseOf(row.phase),
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  revealedAt: row.revealed_at,
});

export const draftFromRow = (row: DraftRow): DraftRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  roundId: row.round_id,
  participantId: row.participant_id,
  phase: phaseOf(row.phase),
  text: row.text,
  updatedAt: row.updated_at,
});

export const voteFromRow = (row: VoteRow): VoteRecord => ({
  id: row.id,
  workshopId: row.workshop_id,
  dotsPerParticipant: row.dots_per_participant,
  phase: row.phase === null ? null : phaseOf(row.phase),
  frameId: row.frame_id,
  forbidOwnNotes: row.forbid_own_notes,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
  result: row.closed_at === null ? null : { voters: row.voters ?? 0, tallies: row.tallies ?? [] },
});

/** A copy as a plain Uint8Array: callers compare and keep it, and never see a Node Buffer. */
export function bytesFromBytea(data: Buffer): Uint8Array {
  return new Uint8Array(data);
}

/** The same bytes as a Buffer (no copy): what node-postgres sends as BYTEA, also inside arrays. */
export function byteaFrom(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
