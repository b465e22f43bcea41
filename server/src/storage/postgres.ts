import { DatabaseError, type Pool } from 'pg';
import type { RoomName } from '@moteplass/shared';
import type { EqualityStorage } from './equality-types.js';
import * as documents from './postgres-documents.js';
import { PostgresSeriesStore } from './postgres-series.js';
import { PostgresEqualityStore } from './postgres-equality.js';
import { migratePostgres } from './postgres-migrations.js';
import {
  createPool,
  describeTarget,
  inTransaction,
  type PostgresStorageOptions,
} from './postgres-pool.js';
import {
  byteaFrom,
  copyBytes,
  participantFromRow,
  workshopFromRow,
  type ParticipantRow,
  type WorkshopRow,
} from './postgres-rows.js';
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

export type { PostgresStorageOptions } from './postgres-pool.js';

/**
 * Storage in PostgreSQL, for several instances behind one address. Every
 * rule that must hold across instances is decided by the database: a unique
 * index for join codes, row locks for drafts and votes, a per-document row
 * lock for sequence numbers. A database error rejects the call; nothing is
 * retried behind the caller's back (a room closes with "storage unavailable").
 */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';

  private closed = false;
  private readonly equality: PostgresEqualityStore;
  readonly series: PostgresSeriesStore;

  // Drafts and votes (equality controls), kept by their own store on the same pool.
  openSilentRound: EqualityStorage['openSilentRound'] = (...a) =>
    this.equality.openSilentRound(...a);
  getOpenSilentRound: EqualityStorage['getOpenSilentRound'] = (...a) =>
    this.equality.getOpenSilentRound(...a);
  saveDraft: EqualityStorage['saveDraft'] = (...a) => this.equality.saveDraft(...a);
  deleteDraft: EqualityStorage['deleteDraft'] = (...a) => this.equality.deleteDraft(...a);
  listDrafts: EqualityStorage['listDrafts'] = (...a) => this.equality.listDrafts(...a);
  claimReveal: EqualityStorage['claimReveal'] = (...a) => this.equality.claimReveal(...a);
  finishReveal: EqualityStorage['finishReveal'] = async (...a) => {
    const revealed = await this.equality.finishReveal(...a);
    if (revealed) this.vacuumSoon('drafts');
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
    if (closed) this.vacuumSoon('vote_dots');
    return closed;
  };
  listVotes: EqualityStorage['listVotes'] = (...a) => this.equality.listVotes(...a);

  private constructor(
    private readonly pool: Pool,
    private readonly logError: (message: string, error: unknown) => void,
  ) {
    this.equality = new PostgresEqualityStore(pool);
    this.series = new PostgresSeriesStore(pool);
  }

  /**
   * DISK-1, as far as PostgreSQL allows: deleted drafts and dots stay in the
   * table's pages as dead tuples until a VACUUM removes them, so one runs on
   * that (small) table right after a reveal or a vote's close instead of
   * whenever autovacuum gets to it. Not awaited: the action does not wait for
   * it, and a failure is logged, never fatal. VACUUM does not zero the bytes
   * it frees, and PostgreSQL's WAL keeps the rows until it is recycled
   * (docs/deployment.md says what an operator can add).
   */
  private vacuumSoon(table: 'drafts' | 'vote_dots'): void {
    // pool.end() waits for a VACUUM in flight; one asked for after it cannot start.
    if (this.closed) return;
    this.pool
      .query(`VACUUM ${table}`)
      .catch((error: unknown) => this.logError(`VACUUM ${table} failed`, error));
  }

  /** Connects, brings the schema up to date, and returns the ready storage. */
  static async open(options: PostgresStorageOptions): Promise<PostgresStorage> {
    const pool = createPool(options);
    try {
      const client = await pool.connect();
      try {
        await migratePostgres(client, options.schema);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new Error(
        `PostgreSQL storage could not start (${describeTarget(options.connectionString)}): ${reasonOf(error)}`,
        { cause: error },
      );
    }
    return new PostgresStorage(
      pool,
      options.logError ?? ((message, error) => console.error(message, error)),
    );
  }

  async createWorkshop(workshop: WorkshopRecord): Promise<void> {
    await this.rejectTakenJoinCode(workshop.joinCode, () =>
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

  async getWorkshop(id: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [
      id,
    ]);
    return rows[0] ? workshopFromRow(rows[0]) : null;
  }

  async getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null> {
    const { rows } = await this.pool.query<WorkshopRow>(
      'SELECT * FROM workshops WHERE join_code = $1',
      [joinCode],
    );
    return rows[0] ? workshopFromRow(rows[0]) : null;
  }

  async updateWorkshop(id: string, patch: WorkshopPatch): Promise<void> {
    // Patchable columns are NOT NULL, so a null parameter means "leave as is".
    await this.rejectTakenJoinCode(patch.joinCode, () =>
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

  async deleteWorkshop(id: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // Documents have no foreign key (a room may write before or after its
      // workshop row); everything else goes with the workshop by ON DELETE CASCADE:
      // participants, rounds, drafts, votes, dots, summary, images.
      await client.query('DELETE FROM doc_updates WHERE workshop_id = $1', [id]);
      await client.query('DELETE FROM documents WHERE workshop_id = $1', [id]);
      await client.query('DELETE FROM workshops WHERE id = $1', [id]);
    });
  }

  async listWorkshopsInactiveSince(timestamp: number): Promise<string[]> {
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

  loadDocument(workshopId: string, room: RoomName): Promise<StoredDocument> {
    return documents.load(this.pool, workshopId, room);
  }

  appendUpdates(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return documents.append(this.pool, { workshopId, room, updates });
  }

  appendUpdatesBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    return documents.appendBatch(this.pool, entries);
  }

  compactDocument(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    return documents.compact(this.pool, { workshopId, room }, snapshot, throughSeq);
  }

  async putImage(
    image: ImageRecord,
    options: { maxWorkshopBytes?: number } = {},
  ): Promise<boolean> {
    const { maxWorkshopBytes } = options;
    return inTransaction(this.pool, async (client) => {
      if (maxWorkshopBytes !== undefined) {
        // The workshop's row is the quota's lock: puts on every instance queue here.
        const workshop = await client.query('SELECT 1 FROM workshops WHERE id = $1 FOR UPDATE', [
          image.workshopId,
        ]);
        if (workshop.rowCount === 0) throw new Error(`workshop ${image.workshopId} does not exist`);
        const { rows } = await client.query<{ others: number }>(
          `SELECT COALESCE(SUM(byte_length), 0)::bigint AS others FROM board_images
           WHERE workshop_id = $1 AND id <> $2`,
          [image.workshopId, image.id],
        );
        if (Number(rows[0]?.others ?? 0) + image.bytes.length > maxWorkshopBytes) return false;
      }
      await client.query(
        `INSERT INTO board_images (workshop_id, id, mime, data, byte_length, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workshop_id, id) DO UPDATE SET mime = EXCLUDED.mime, data = EXCLUDED.data,
           byte_length = EXCLUDED.byte_length, created_at = EXCLUDED.created_at`,
        [
          image.workshopId,
          image.id,
          image.mime,
          byteaFrom(image.bytes),
          image.bytes.length,
          image.createdAt,
        ],
      );
      return true;
    });
  }

  async getImage(
    workshopId: string,
    id: string,
  ): Promise<{ mime: string; bytes: Uint8Array } | null> {
    const { rows } = await this.pool.query<{ mime: string; data: Buffer }>(
      'SELECT mime, data FROM board_images WHERE workshop_id = $1 AND id = $2',
      [workshopId, id],
    );
    return rows[0] ? { mime: rows[0].mime, bytes: copyBytes(rows[0].data) } : null;
  }

  async imageBytesTotal(workshopId: string): Promise<number> {
    const { rows } = await this.pool.query<{ total: number }>(
      `SELECT COALESCE(SUM(byte_length), 0)::bigint AS total FROM board_images
       WHERE workshop_id = $1`,
      [workshopId],
    );
    return rows[0]?.total ?? 0;
  }

  async getMeta(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>(
      'SELECT value FROM meta WHERE key = $1',
      [key],
    );
    return rows[0]?.value ?? null;
  }

  async setMetaIfAbsent(key: string, value: string): Promise<string> {
    // Two statements on purpose: the SELECT takes a fresh snapshot, so it
    // sees the row of a racing instance whose INSERT made ours do nothing.
    await this.pool.query(
      'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
      [key, value],
    );
    const stored = await this.getMeta(key);
    if (stored === null) throw new Error(`meta ${key} vanished while being set`);
    return stored;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Waits for queries in flight; the shutdown stores what is pending before this.
    await this.pool.end();
  }

  /** Runs `write`, turning a join-code collision into `JoinCodeTakenError`. */
  private async rejectTakenJoinCode(
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
}

/** A readable reason; connecting to `localhost` fails with an AggregateError whose own message is empty. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) {
    return error.errors.map(reasonOf).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}
