import type { ParticipantRecord } from '../parts/workshops.js';
import type { ParticipantRowOf } from '../sql-rows.js';

export {
  copyBytes,
  participantFromRow,
  workshopFromRow,
  workshopToRow,
  type WorkshopRow,
} from '../sql-rows.js';

/**
 * Rows as SQLite hands them back where they differ from PostgreSQL's (flags
 * as 0/1, bytes as BLOB); the shared ones are in sql-rows.ts.
 */
export type ParticipantRow = ParticipantRowOf<number>;

export interface BlobRow {
  data: Buffer;
}

export interface SeqRow {
  seq: number;
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
