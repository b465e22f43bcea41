import { isLanguage, isRole } from '@moteplass/shared';
import type { ParticipantRecord, WorkshopRecord } from './types.js';

/**
 * Rows as SQLite hands them back, and their mapping to the records of
 * `types.ts`. Text columns holding a closed set (language, role) are checked
 * on the way out: a bad value is a corrupt database, not something to pass on.
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
  facilitator: number;
  created_at: number;
  revoked: number;
}

export interface BlobRow {
  data: Buffer;
}

export interface SeqRow {
  seq: number;
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
    facilitator: row.facilitator === 1,
    createdAt: row.created_at,
    revoked: row.revoked === 1,
  };
}

export function participantToRow(participant: ParticipantRecord): ParticipantRow {
  return {
    id: participant.id,
    workshop_id: participant.workshopId,
    name: participant.name,
    role: participant.role,
    facilitator: participant.facilitator ? 1 : 0,
    created_at: participant.createdAt,
    revoked: participant.revoked ? 1 : 0,
  };
}

/** A copy as a plain Uint8Array: callers compare and keep it, and never see a Node Buffer. */
export function bytesFromBlob(blob: Buffer): Uint8Array {
  return new Uint8Array(blob);
}
