import type { Pool } from 'pg';
import type { MetaStore } from '../parts/meta.js';

/** Server-wide settings in PostgreSQL's `meta` table (`PostgresStorage.meta`). */
export class PostgresMeta implements MetaStore {
  constructor(private readonly pool: Pool) {}

  async get(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>(
      'SELECT value FROM meta WHERE key = $1',
      [key],
    );
    return rows[0]?.value ?? null;
  }

  async setIfAbsent(key: string, value: string): Promise<string> {
    // Two statements on purpose: the SELECT takes a fresh snapshot, so it
    // sees the row of a racing instance whose INSERT made ours do nothing.
    await this.pool.query(
      'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
      [key, value],
    );
    const stored = await this.get(key);
    if (stored === null) throw new Error(`meta ${key} vanished while being set`);
    return stored;
  }
}
