import type Database from 'better-sqlite3';
import type { MetaStore } from '../parts/meta.js';

/** Server-wide settings in SQLite's `meta` table (`SqliteStorage.meta`). */
export class SqliteMeta implements MetaStore {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      meta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      insertIfAbsent: db.prepare<[string, string]>(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
      ),
    };
  }

  async get(key: string): Promise<string | null> {
    return this.sql.meta.get(key)?.value ?? null;
  }

  async setIfAbsent(key: string, value: string): Promise<string> {
    return this.db
      .transaction((): string => {
        this.sql.insertIfAbsent.run(key, value);
        const stored = this.sql.meta.get(key);
        if (!stored) throw new Error(`meta ${key} vanished while being set`);
        return stored.value;
      })
      .immediate();
  }

  /** Meta is server-wide: deleting a workshop leaves it. */
  deleteWorkshop(): void {}
}
