import type { Pool } from 'pg';
import type { Storage } from '../types.js';
import { PostgresDocuments } from './documents.js';
import { PostgresEquality } from './equality.js';
import { PostgresImages } from './images.js';
import { PostgresMeta } from './meta.js';
import { PostgresSeriesStore } from './series.js';
import { migratePostgres } from './migrations.js';
import { createPool, describeTarget, inTransaction, type PostgresStorageOptions } from './pool.js';
import { PostgresWorkshops } from './workshops.js';

export type { PostgresStorageOptions } from './pool.js';

/**
 * Storage in PostgreSQL, for several instances behind one address; the parts
 * share one pool. Every rule that must hold across instances is decided by
 * the database: a unique index for join codes, row locks for drafts and
 * votes, a per-document row lock for sequence numbers. A database error
 * rejects the call; nothing is retried behind the caller's back (a room
 * closes with "storage unavailable").
 */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  readonly workshops: PostgresWorkshops;
  readonly documents: PostgresDocuments;
  readonly equality: PostgresEquality;
  readonly images: PostgresImages;
  readonly meta: PostgresMeta;
  readonly series: PostgresSeriesStore;

  private closed = false;

  private constructor(
    private readonly pool: Pool,
    private readonly logError: (message: string, error: unknown) => void,
  ) {
    this.workshops = new PostgresWorkshops(pool);
    this.documents = new PostgresDocuments(pool);
    this.equality = new PostgresEquality(pool, (table) => this.vacuumSoon(table));
    this.images = new PostgresImages(pool);
    this.meta = new PostgresMeta(pool);
    this.series = new PostgresSeriesStore(pool);
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

  async deleteWorkshop(id: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // Documents have no foreign key (a room may write before or after its
      // workshop row); every other part's rows go with the workshop by ON
      // DELETE CASCADE: participants, rounds, drafts, votes, dots, summary, images.
      await client.query('DELETE FROM doc_updates WHERE workshop_id = $1', [id]);
      await client.query('DELETE FROM documents WHERE workshop_id = $1', [id]);
      await client.query('DELETE FROM workshops WHERE id = $1', [id]);
    });
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Waits for queries in flight; the shutdown stores what is pending before this.
    await this.pool.end();
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
