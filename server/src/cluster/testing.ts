import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { MemoryStorage, PostgresStorage, type Storage } from '../storage/index.js';

/**
 * Shared set-up of the multi-instance tests: the real Redis (TEST_REDIS_URL)
 * and PostgreSQL (TEST_DATABASE_URL) that `.ci/run` starts. Each test gets a
 * fresh Redis key prefix and a fresh PostgreSQL schema, removed afterwards.
 */
export const redisUrl = process.env.TEST_REDIS_URL;
export const databaseUrl = process.env.TEST_DATABASE_URL;

/** A unique prefix for channels and keys, so runs (and tests) never hear each other. */
export function freshPrefix(): string {
  return `moteplass-test-${randomBytes(6).toString('hex')}:`;
}

/** Removes every Redis key under `prefix`. */
export async function dropRedisKeys(prefix: string): Promise<void> {
  if (!redisUrl) return;
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

export interface SharedDatabase {
  /** A storage per instance: its own connection pool on one schema (or one shared MemoryStorage). */
  open(): Promise<Storage>;
  /** The connection string a server process would use (PostgreSQL only). */
  url?: string;
  kind: 'postgres' | 'memory';
  drop(): Promise<void>;
}

/**
 * One database for several instances: a fresh PostgreSQL schema when
 * TEST_DATABASE_URL is set, else one MemoryStorage handed to every instance
 * in this process (which stands in for a shared database, without its locks).
 */
export function sharedDatabase(): SharedDatabase {
  if (!databaseUrl) {
    const storage = new MemoryStorage();
    return { kind: 'memory', open: async () => storage, drop: async () => {} };
  }
  const schema = `moteplass_cluster_${randomBytes(6).toString('hex')}`;
  const opened: PostgresStorage[] = [];
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    kind: 'postgres',
    url: url.toString(),
    open: async () => {
      const storage = await PostgresStorage.open({
        connectionString: databaseUrl,
        schema,
        poolSize: 4,
      });
      opened.push(storage);
      return storage;
    },
    drop: async () => {
      for (const storage of opened.splice(0)) await storage.close();
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
