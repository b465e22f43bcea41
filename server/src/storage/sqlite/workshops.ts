import Database from 'better-sqlite3';
import {
  JoinCodeTakenError,
  type ParticipantRecord,
  type WorkshopPatch,
  type WorkshopRecord,
  type WorkshopStore,
} from '../parts/workshops.js';
import {
  participantFromRow,
  participantToRow,
  workshopFromRow,
  workshopToRow,
  type ParticipantRow,
  type WorkshopRow,
} from './rows.js';

type NullablePatch = { [K in keyof Required<WorkshopPatch>]: WorkshopPatch[K] | null };

function prepareStatements(db: Database.Database) {
  return {
    insertWorkshop: db.prepare<WorkshopRow>(
      `INSERT INTO workshops (id, title, case_description, language, join_code,
         facilitator_key_hash, created_at, last_activity_at)
       VALUES (@id, @title, @case_description, @language, @join_code,
         @facilitator_key_hash, @created_at, @last_activity_at)`,
    ),
    workshopById: db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
    workshopByJoinCode: db.prepare<[string], WorkshopRow>(
      'SELECT * FROM workshops WHERE join_code = ?',
    ),
    // Patchable columns are NOT NULL, so a null parameter means "leave as is".
    updateWorkshop: db.prepare<NullablePatch & { id: string }>(
      `UPDATE workshops SET
         title = COALESCE(@title, title),
         case_description = COALESCE(@caseDescription, case_description),
         language = COALESCE(@language, language),
         join_code = COALESCE(@joinCode, join_code),
         last_activity_at = COALESCE(@lastActivityAt, last_activity_at)
       WHERE id = @id`,
    ),
    deleteWorkshop: db.prepare<[string]>('DELETE FROM workshops WHERE id = ?'),
    workshopsInactiveSince: db.prepare<[number], { id: string }>(
      'SELECT id FROM workshops WHERE last_activity_at < ? ORDER BY last_activity_at',
    ),

    insertParticipant: db.prepare<ParticipantRow>(
      `INSERT INTO participants (id, workshop_id, name, role, facilitator, created_at, revoked)
       VALUES (@id, @workshop_id, @name, @role, @facilitator, @created_at, @revoked)`,
    ),
    participant: db.prepare<[string, string], ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = ? AND id = ?',
    ),
    participants: db.prepare<[string], ParticipantRow>(
      'SELECT * FROM participants WHERE workshop_id = ? ORDER BY created_at, rowid',
    ),
    revokeParticipant: db.prepare<[string, string]>(
      'UPDATE participants SET revoked = 1 WHERE workshop_id = ? AND id = ?',
    ),
    deleteParticipants: db.prepare<[string]>('DELETE FROM participants WHERE workshop_id = ?'),

    caseFileSummary: db.prepare<[string], { summary: string }>(
      'SELECT summary FROM case_file_summaries WHERE workshop_id = ?',
    ),
    // Only for a workshop that exists: an unknown id is a no-op, as in memory.
    upsertCaseFileSummary: db.prepare<{ workshopId: string; summary: string }>(
      `INSERT INTO case_file_summaries (workshop_id, summary)
       SELECT @workshopId, @summary WHERE EXISTS (SELECT 1 FROM workshops WHERE id = @workshopId)
       ON CONFLICT (workshop_id) DO UPDATE SET summary = excluded.summary`,
    ),
    deleteCaseFileSummary: db.prepare<[string]>(
      'DELETE FROM case_file_summaries WHERE workshop_id = ?',
    ),
  };
}

/** Workshops, participants and case-file summaries in SQLite (`SqliteStorage.workshops`). */
export class SqliteWorkshops implements WorkshopStore {
  private readonly sql: ReturnType<typeof prepareStatements>;

  constructor(db: Database.Database) {
    this.sql = prepareStatements(db);
  }

  async create(workshop: WorkshopRecord): Promise<void> {
    rejectTakenJoinCode(workshop.joinCode, () =>
      this.sql.insertWorkshop.run(workshopToRow(workshop)),
    );
  }

  async get(id: string): Promise<WorkshopRecord | null> {
    const row = this.sql.workshopById.get(id);
    return row ? workshopFromRow(row) : null;
  }

  async getByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const row = this.sql.workshopByJoinCode.get(joinCode);
    return row ? workshopFromRow(row) : null;
  }

  async update(id: string, patch: WorkshopPatch): Promise<void> {
    const params = {
      id,
      title: patch.title ?? null,
      caseDescription: patch.caseDescription ?? null,
      language: patch.language ?? null,
      joinCode: patch.joinCode ?? null,
      lastActivityAt: patch.lastActivityAt ?? null,
    };
    rejectTakenJoinCode(patch.joinCode, () => this.sql.updateWorkshop.run(params));
  }

  async listInactiveSince(timestamp: number): Promise<string[]> {
    return this.sql.workshopsInactiveSince.all(timestamp).map((row) => row.id);
  }

  async getCaseFileSummary(workshopId: string): Promise<string> {
    return this.sql.caseFileSummary.get(workshopId)?.summary ?? '';
  }

  async setCaseFileSummary(workshopId: string, summary: string): Promise<void> {
    this.sql.upsertCaseFileSummary.run({ workshopId, summary });
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    this.sql.insertParticipant.run(participantToRow(participant));
  }

  async getParticipant(
    workshopId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    const row = this.sql.participant.get(workshopId, participantId);
    return row ? participantFromRow(row) : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.sql.participants.all(workshopId).map(participantFromRow);
  }

  async revokeParticipant(workshopId: string, participantId: string): Promise<void> {
    this.sql.revokeParticipant.run(workshopId, participantId);
  }

  /**
   * Part of `SqliteStorage.deleteWorkshop`, inside its transaction; runs last,
   * after every part whose rows refer to the workshop row.
   */
  deleteWorkshop(id: string): void {
    this.sql.deleteParticipants.run(id);
    this.sql.deleteCaseFileSummary.run(id);
    this.sql.deleteWorkshop.run(id);
  }
}

/** Runs `write`, turning a join-code collision into `JoinCodeTakenError`. */
function rejectTakenJoinCode(joinCode: string | undefined, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (
      joinCode !== undefined &&
      error instanceof Database.SqliteError &&
      error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
      error.message.includes('workshops.join_code')
    ) {
      throw new JoinCodeTakenError(joinCode);
    }
    throw error;
  }
}
