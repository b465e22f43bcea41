import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStorage } from './memory.js';
import { SqliteStorage } from './sqlite.js';
import type { Storage } from './types.js';

// The contract suite (`contract.ts`) is left out on purpose: it imports vitest.
export * from './types.js';
export { MemoryStorage } from './memory.js';
export { SqliteStorage } from './sqlite.js';
export { PostgresStorage, type PostgresStorageOptions } from './postgres.js';

export type StorageOptions = { dataDir: string } | { memory: true };

/** The file name inside `dataDir`; backups and operators look for it. */
export const SQLITE_FILE_NAME = 'moteplass.sqlite';

/**
 * Opens the embedded storage: a SQLite file in `dataDir`, or memory.
 * PostgreSQL connects and migrates first: `await PostgresStorage.open(…)`.
 */
export function openStorage(options: StorageOptions): Storage {
  if ('memory' in options) return new MemoryStorage();
  mkdirSync(options.dataDir, { recursive: true });
  return new SqliteStorage(join(options.dataDir, SQLITE_FILE_NAME), {
    checkpointInBackground: true,
  });
}
