import Database from 'better-sqlite3';
import type { RoomName } from '@moteplass/shared';
import type { EqualityStorage } from './equality-types.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';
import { SqliteEqualityStore } from './sqlite-equality.js';
import { SqliteImageStore } from './sqlite-images.js';
import { SqliteSeriesStore } from './sqlite-series.js';
import { migrateSqlite } from './sqlite-migrations.js';
import {
  copyBytes,
  participantFromRow,
  participantToRow,
  workshopFromRow,
  workshopToRow,
  type BlobRow,
  type ParticipantRow,
  type SeqRow,
  type WorkshopRow,
} from './sqlite-rows.js';
import {
  JoinCodeTakenError,
  type DocumentAppend,
  type ImageRecord,
  type ParticipantRecord,
  type Storage,
  type StoredDocument,
  type WorkshopPatch,
  type WorkshopRecord,
} from './types.js';

type Key = { workshopId: string; room: RoomName };
type NullablePatch = { [K in keyof Required<WorkshopPatch>]: WorkshopPatch[K] | null };

/** Every statement the storage runs, prepared once per connection. */
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

    snapshot: db.prepare<Key, BlobRow>(
      'SELECT data FROM doc_snapshots WHERE workshop_id = @workshopId AND room = @room',
    ),
    updates: db.prepare<Key, BlobRow & SeqRow>(
      `SELECT seq, data FROM doc_updates
       WHERE workshop_id = @workshopId AND room = @room ORDER BY seq`,
    ),
    lastSeq: db.prepare<Key, SeqRow>(
      `SELECT COALESCE(MAX(seq), 0) AS seq FROM doc_updates
       WHERE workshop_id = @workshopId AND room = @room`,
    ),
    insertUpdate: db.prepare<Key & { data: Uint8Array }>(
      'INSERT INTO doc_updates (workshop_id, room, data) VALUES (@workshopId, @room, @data)',
    ),
    upsertSnapshot: db.prepare<Key & { data: Uint8Array }>(
      `INSERT INTO doc_snapshots (workshop_id, room, data) VALUES (@workshopId, @room, @data)
       ON CONFLICT (workshop_id, room) DO UPDATE SET data = excluded.data`,
    ),
    deleteUpdatesThrough: db.prepare<Key & { throughSeq: number }>(
      `DELETE FROM doc_updates
       WHERE workshop_id = @workshopId AND room = @room AND seq <= @throughSeq`,
    ),
    deleteSnapshots: db.prepare<[string]>('DELETE FROM doc_snapshots WHERE workshop_id = ?'),
    deleteUpdates: db.prepare<[string]>('DELETE FROM doc_updates WHERE workshop_id = ?'),

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

    meta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    insertMetaIfAbsent: db.prepare<[string, string]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
    ),
  };
}

/**
 * The embedded default. better-sqlite3 answers synchronously; the methods are
 * async only to fit the interface, and a thrown error becomes a rejection.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';

  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof prepareStatements>;
  private readonly equality: SqliteEqualityStore;
  private readonly images: SqliteImageStore;
  readonly series: SqliteSeriesStore;

  // Drafts and votes (equality controls), kept by their own store on the same database.
  openSilentRound: EqualityStorage['openSilentRound'] = (...a) =>
    this.equality.openSilentRound(...a);
  getOpenSilentRound: EqualityStorage['getOpenSilentRound'] = (...a) =>
    this.equality.getOpenSilentRound(...a);
  saveDraft: EqualityStorage['saveDraft'] = (...a) => this.equality.saveDraft(...a);
  deleteDraft: EqualityStorage['deleteDraft'] = (...a) => this.equality.deleteDraft(...a);
  listDrafts: EqualityStorage['listDrafts'] = (...a) => this.equality.listDrafts(...a);
  claimReveal: EqualityStorage['claimReveal'] = (...a) => this.equality.claimReveal(...a);
  // DISK-1: a revealed round's drafts (author next to text) and a closed vote's
  // dots (voter next to note) leave the WAL too, not only the table.
  finishReveal: EqualityStorage['finishReveal'] = async (...a) => {
    const revealed = await this.equality.finishReveal(...a);
    if (revealed) await this.scrub();
    return revealed;
  };
  releaseReveal: EqualityStorage['releaseReveal'] = (...a) => this.equality.releaseReveal(...a);
  openVote: EqualityStorage['openVote'] = (...a) => this.equality.openVote(...a);
  getOpenVote: EqualityStorage['getOpenVote'] = (...a) => this.equality.getOpenVote(...a);
  voteProgress: EqualityStorage['voteProgress'] = (...a) => this.equality.voteProgress(...a);
  castDot: EqualityStorage['castDot'] = (...a) => this.equality.castDot(...a);
  retractDot: EqualityStorage['retractDot'] = (...a) => this.equality.retractDot(...a);
  listDots: EqualityStorage['listDots'] = (...a) => this.equality.listDots(...a);
  closeVote: EqualityStorage['closeVote'] = async (...a) => {
    const closed = await this.equality.closeVote(...a);
    if (closed) await this.scrub();
    return closed;
  };
  listVotes: EqualityStorage['listVotes'] = (...a) => this.equality.listVotes(...a);

  private checkpointer: SqliteCheckpointer | null = null;

  /**
   * `path` is a file, or `':memory:'` for a private throwaway database.
   * `checkpointInBackground` (a server's storage, see sqlite-checkpointer.ts)
   * moves WAL checkpoints off the event loop.
   */
  constructor(path: string, options: { checkpointInBackground?: boolean } = {}) {
    this.db = new Database(path);
    try {
      this.db.pragma('journal_mode = WAL');
      // WAL + NORMAL survives a process crash (kill -9), our contract; not always a power cut.
      this.db.pragma('synchronous = NORMAL');
      // GDPR: deleted rows are overwritten with zeros instead of lingering in free pages.
      this.db.pragma('secure_delete = ON');
      this.db.pragma('foreign_keys = ON');
      // Wait for another connection (a backup, an admin's shell) instead of failing at once.
      this.db.pragma('busy_timeout = 5000');
      migrateSqlite(this.db);
      this.statements = prepareStatements(this.db);
      this.equality = new SqliteEqualityStore(this.db);
      this.images = new SqliteImageStore(this.db);
      // DISK-1: a closed round's answers (a role next to a comment) leave the WAL too.
      this.series = new SqliteSeriesStore(this.db, () => this.scrub());
      if (options.checkpointInBackground && path !== ':memory:') this.checkpointInBackground(path);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  async createWorkshop(workshop: WorkshopRecord): Promise<void> {
    this.rejectTakenJoinCode(workshop.joinCode, () =>
      this.statements.insertWorkshop.run(workshopToRow(workshop)),
    );
  }

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const row = this.statements.workshopById.get(id);
    return row ? workshopFromRow(row) : null;
  }

  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const row = this.statements.workshopByJoinCode.get(joinCode);
    return row ? workshopFromRow(row) : null;
  }

  async updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
    const params = {
      id,
      title: patch.title ?? null,
      caseDescription: patch.caseDescription ?? null,
      language: patch.language ?? null,
      joinCode: patch.joinCode ?? null,
      lastActivityAt: patch.lastActivityAt ?? null,
    };
    this.rejectTakenJoinCode(patch.joinCode, () => this.statements.updateWorkshop.run(params));
  }

  async deleteWorkshop(id: string): Promise<void> {
    this.db.transaction(() => {
      this.equality.deleteWorkshop(id);
      this.statements.deleteParticipants.run(id);
      this.statements.deleteSnapshots.run(id);
      this.statements.deleteUpdates.run(id);
      this.statements.deleteCaseFileSummary.run(id);
      this.images.deleteWorkshop(id);
      this.statements.deleteWorkshop.run(id);
    })();
    await this.scrub();
  }

  /**
   * secure_delete zeroes deleted rows in the pages, but the WAL still holds
   * their earlier versions until a checkpoint copies the zeroed pages over
   * and truncates it (DISK-1, PRIV-1). The background worker does it when
   * there is one, so the copy runs off the event loop; if it cannot (busy,
   * gone), the serving connection does. If a backup's read transaction keeps
   * even that busy, the next checkpoint finishes the job.
   */
  private async scrub(): Promise<void> {
    if (this.checkpointer && (await this.checkpointer.truncate())) return;
    if (this.db.open) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async listWorkshopsInactiveSince(timestamp: number): Promise<string[]> {
    return this.statements.workshopsInactiveSince.all(timestamp).map((row) => row.id);
  }

  async getCaseFileSummary(workshopId: string): Promise<string> {
    return this.statements.caseFileSummary.get(workshopId)?.summary ?? '';
  }

  async setCaseFileSummary(workshopId: string, summary: string): Promise<void> {
    this.statements.upsertCaseFileSummary.run({ workshopId, summary });
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    this.statements.insertParticipant.run(participantToRow(participant));
  }

  async getParticipant(
    workshopId: string,
    participantId: string,
  ): Promise<ParticipantRecord | null> {
    const row = this.statements.participant.get(workshopId, participantId);
    return row ? participantFromRow(row) : null;
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.statements.participants.all(workshopId).map(participantFromRow);
  }

  async revokeParticipant(workshopId: string, participantId: string): Promise<void> {
    this.statements.revokeParticipant.run(workshopId, participantId);
  }

  async loadDocument(workshopId: string, room: RoomName): Promise<StoredDocument> {
    const key = { workshopId, room };
    // One read transaction, so the snapshot and the updates belong together.
    return this.db.transaction((): StoredDocument => {
      const snapshot = this.statements.snapshot.get(key);
      const rows = this.statements.updates.all(key);
      return {
        snapshot: snapshot ? copyBytes(snapshot.data) : null,
        updates: rows.map((row) => copyBytes(row.data)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      };
    })();
  }

  async appendUpdates(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return this.db.transaction(() => this.insertUpdates({ workshopId, room, updates }))();
  }

  async appendUpdatesBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    return this.appendUpdatesBatchSync(entries);
  }

  appendUpdatesBatchSync(entries: readonly DocumentAppend[]): number[] {
    // One commit for every room that changed in the turn, instead of one per room.
    return this.db.transaction(() => entries.map((entry) => this.insertUpdates(entry)))();
  }

  /** Inside a transaction: the updates in order; the last sequence number. */
  private insertUpdates({ workshopId, room, updates }: DocumentAppend): number {
    const key = { workshopId, room };
    let lastSeq: number | null = null;
    for (const data of updates) {
      lastSeq = Number(this.statements.insertUpdate.run({ ...key, data }).lastInsertRowid);
    }
    return lastSeq ?? this.statements.lastSeq.get(key)?.seq ?? 0;
  }

  async compactDocument(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    const key = { workshopId, room };
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run({ ...key, data: snapshot });
      this.statements.deleteUpdatesThrough.run({ ...key, throughSeq });
    })();
  }

  async putImage(
    image: ImageRecord,
    options: { maxWorkshopBytes?: number } = {},
  ): Promise<boolean> {
    return this.images.put(image, options);
  }

  async getImage(
    workshopId: string,
    id: string,
  ): Promise<{ mime: string; bytes: Uint8Array } | null> {
    return this.images.get(workshopId, id);
  }

  async imageBytesTotal(workshopId: string): Promise<number> {
    return this.images.total(workshopId);
  }

  async getMeta(key: string): Promise<string | null> {
    return this.statements.meta.get(key)?.value ?? null;
  }

  async setMetaIfAbsent(key: string, value: string): Promise<string> {
    return this.db
      .transaction((): string => {
        this.statements.insertMetaIfAbsent.run(key, value);
        const stored = this.statements.meta.get(key);
        if (!stored) throw new Error(`meta ${key} vanished while being set`);
        return stored.value;
      })
      .immediate();
  }

  private checkpointInBackground(path: string): void {
    this.db.pragma('wal_autocheckpoint = 0');
    this.checkpointer = new SqliteCheckpointer({
      path,
      onFailure: () => {
        // Back to SQLite's own checkpoints, so the WAL cannot grow without bound.
        this.checkpointer = null;
        if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
      },
    });
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.checkpointer?.stop();
    this.checkpointer = null;
    // Fold the WAL into the main file so a copied or backed-up .sqlite is whole.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }

  /** Runs `write`, turning a join-code collision into `JoinCodeTakenError`. */
  private rejectTakenJoinCode(joinCode: string | undefined, write: () => void): void {
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
}
