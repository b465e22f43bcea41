import { DatabaseError, type Pool } from 'pg';
import {
  JoinCodeTakenError,
  type ParticipantRecord,
  type WorkshopPatch,
  type WorkshopRecord,
  type WorkshopStore,
} from '../parts/workshops.js';
import {
  participantFromRow,
  workshopFromRow,
  type ParticipantRow,
  type WorkshopRow,
} from './rows.js';

/**
 * Workshops, participants and case-file summaries in PostgreSQL
 * (`PostgresStorage.workshops`). Join codes are unique by index: of two
 * instances taking one at once, the second gets `JoinCodeTakenError`.
 */
export class PostgresWorkshops implements WorkshopStore {
  constructor(private readonly pool: Pool) {}

  async create(workshop: WorkshopRecord): Promise<void> {
    await rejectTakenJoinCode(workshop.joinCode, () =>
      this.pool.query(
        `INSERT INTO workshops (id, title, case_description, language, join_code,
           facilitator_key_hash, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          workshop.id,
          workshop.title,
          workshop.caseDescription,
          workshop.language,
          workshop.joinCode,
          workshop.facilitatorKeyHash,
          workshop.createdAt,
          workshop.lastActivityAt,
        ],
      ),
    );
  }

  async get(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [
      id,
    ]);
    return rows[0] ? workshopFromRow(rows[0]) : null;
  }

  async getByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<WorkshopRow>(
      'SELECT * FROM workshops WHERE join_code = $1',
      [joinCode],
    );
    return rows[0] ? workshopFromRow(rows[0]) : null;
  }

  async update(id: string, patch: WorkshopPatch): Promise<void> {
    // Patchable columns are NOT NULL, so a null parameter means "leave as is".
    await rejectTakenJoinCode(patch.joinCode, () =>
      this.pool.query(
        `UPDATE workshops SET
           title = COALESCE($2, title),
           case_description = COALESCE($3, case_description),
           language = COALESCE($4, language),
           join_code = COALESCE($5, join_code),
           last_activity_at = COALESCE($6, last_activity_at)
         WHERE id = $1`,
        [
          id,
          patch.title ?? null,
          patch.caseDescription ?? null,
          patch.language ?? null,
          patch.joinCode ?? null,
          patch.lastActivityAt ?? null,
        ],
      ),
    );
  }

  async listInactiveSince(timestamp: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT id FROM workshops WHERE last_activity_at < $1 ORDER BY last_activity_at',
      [timestamp],
    );
    return rows.map((row) => row.id);
  }

  async getCaseFileSummary(workshopId: string): Promise<string> {
    const { rows } = await this.pool.query<{ summary: string }>(
      'SELECT summary FROM case_file_summaries WHERE workshop_id = $1',
      [workshopId],
    );
    return rows[0]?.summary ?? '';
  }

  async setCaseFileSummary(workshopId: string, summary: string): Promise<void> {
    // Only for a workshop that exists: an unknown id is a no-op, as in memory.
    await this.pool.query(
      `INSERT INTO case_file_summaries (workshop_id, summary)
       SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM workshops WHERE id = $1)
       ON CONFLICT (workshop_id) DO UPDATE SET summary = EXCLUDED.summary`,
      [workshopId, summary],
    );
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO participants (id, workshop_id, name, role, facilitator, created_at, revoked)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        participant.id,
        participant.workshopId,
        participant.name,
        participant.role,
        participant.facilitator,
        participant.createdAt,
        participant.revoked,
      ],
    );
  }

  async getParticipant(
    workshopId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    const { rows } = await this.pool.query<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 AND id = $2',
      [workshopId, participantId],
    );
    return rows[0] ? participantFromRow(rows[0]) : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const { rows } = await this.pool.query<ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = $1 ORDER BY created_at, position',
      [workshopId],
    );
    return rows.map(participantFromRow);
  }

  async revokeParticipant(workshopId: string, participantId: string): Promise<void> {
    await this.pool.query(
      'UPDATE participants SET revoked = true WHERE workshop_id = $1 AND id = $2',
      [workshopId, participantId],
    );
  }
}

/** Runs `write`, turning a join-code collision into `JoinCodeTakenError`. */
async function rejectTakenJoinCode(
  joinCode: string | undefined,
  write: () => Promise<unknown>,
): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (
      joinCode !== undefined &&
      error instanceof DatabaseError &&
      error.code === '23505' &&
      error.constraint === 'workshops_join_code'
    ) {
      throw new JoinCodeTakenError(joinCode);
    }
    throw error;
  }
}
