import Database from 'better-sqlite3';
import type { Storage, StorageParts } from '../types.js';
import { SqliteCheckpointer } from './checkpointer.js';
import { SqliteDocuments } from './documents.js';
import { SqliteEquality } from './equality.js';
import { SqliteImages } from './images.js';
import { SqliteMeta } from './meta.js';
import { SqliteSeriesStore } from './series.js';
import { migrateSqlite } from './migrations.js';
import { SqliteWorkshops } from './workshops.js';

/**
 * The embedded default: one SQLite file, one connection, the parts sharing
 * it. better-sqlite3 answers synchronously; the parts are async only to fit
 * the interfaces, and a thrown error becomes a rejection.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  readonly workshops: SqliteWorkshops;
  readonly documents: SqliteDocuments;
  readonly equality: SqliteEquality;
  readonly images: SqliteImages;
  readonly meta: SqliteMeta;
  readonly series: SqliteSeriesStore;

  private readonly db: Database.Database;
  private checkpointer: SqliteCheckpointer | null = null;

  /**
   * `path` is a file, or `':memory:'` for a private throwaway database.
   * `checkpointInBackground` (a server's storage, see checkpointer.ts)
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
      this.workshops = new SqliteWorkshops(this.db);
      this.documents = new SqliteDocuments(this.db);
      this.equality = new SqliteEquality(this.db, () => this.scrub());
      this.images = new SqliteImages(this.db);
      this.meta = new SqliteMeta(this.db);
      // DISK-1: a closed round's answers (a role next to a comment) leave the WAL too.
      this.series = new SqliteSeriesStore(this.db, () => this.scrub());
      if (options.checkpointInBackground && path !== ':memory:') this.checkpointInBackground(path);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  async deleteWorkshop(id: string): Promise<void> {
    // Every part by name, so a part added to `StorageParts` does not compile
    // until it is here; each deletes inside this one transaction.
    const parts: { [Name in keyof StorageParts]: { deleteWorkshop(id: string): void } } = {
      workshops: this.workshops,
      documents: this.documents,
      equality: this.equality,
      images: this.images,
      meta: this.meta,
      series: this.series,
    };
    const { workshops, ...others } = parts;
    this.db.transaction(() => {
      for (const part of Object.values(others)) part.deleteWorkshop(id);
      // The workshop row last: the other parts' rows refer to it.
      workshops.deleteWorkshop(id);
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
}
