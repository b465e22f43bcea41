import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryStorage } from './memory/storage.js';
import { SqliteStorage } from './sqlite/storage.js';
import type { Storage } from './types.js';

// The contract suites (`contract/`) are left out on purpose: they import vitest.
export * from './types.js';
export { MemoryStorage } from './memory/storage.js';
export { MemoryDocuments } from './memory/documents.js';
export { SqliteStorage } from './sqlite/storage.js';
export { PostgresStorage, type PostgresStorageOptions } from './postgres/storage.js';

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
