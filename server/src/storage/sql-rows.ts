import { isLanguage, isPhaseId, isRole, type PhaseId } from '@moteplass/shared';
import type { DraftRecord, SilentRoundRecord } from './parts/equality.js';
import type { ParticipantRecord, WorkshopRecord } from './parts/workshops.js';

/**
 * Row shapes and their mapping to records that SQLite and PostgreSQL share
 * to the letter (same column names and types). What differs per engine —
 * booleans (0/1 against true/false), vote tallies (JSON text against JSONB),
 * bytes (BLOB against BYTEA) — stays in sqlite/rows.ts and postgres/rows.ts.
 * Closed sets are checked on the way out: a bad value is a corrupt database,
 * not something to pass on.
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

/** A participant row; its flags are 0/1 in SQLite and booleans in PostgreSQL. */
export interface ParticipantRowOf<Flag extends number | boolean> {
  id: string;
  workshop_id: string;
  name: string | null;
  role: string | null;
  facilitator: Flag;
  created_at: number;
  revoked: Flag;
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

export function workshopToRow(workshop: WorkshopRecord): WorkshopRow {
  return {
    id: workshop.id,
    title: workshop.title,
    case_description: workshop.caseDescription,
    language: workshop.language,
    join_code: workshop.joinCode,
    facilitator_key_hash: workshop.facilitatorKeyHash,
    created_at: workshop.createdAt,
    last_activity_at: workshop.lastActivityAt,
  };
}

export function participantFromRow(row: ParticipantRowOf<number | boolean>): ParticipantRecord {
  const { role } = row;
  if (role !== null && !isRole(role)) {
    throw new Error(`participant ${row.id} has unknown role ${role}`);
  }
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    role,
    facilitator: Boolean(row.facilitator),
    createdAt: row.created_at,
    revoked: Boolean(row.revoked),
  };
}

export function phaseOf(value: string): PhaseId {
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

/** A copy as a plain Uint8Array: callers compare and keep it, and never see a Node Buffer. */
export function copyBytes(data: Buffer): Uint8Array {
  return new Uint8Array(data);
}
