import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * A throwaway PostgreSQL schema for ours on PostgreSQL (`ours-pg`, `ours-2`
 * in servers.ts): created before the run, dropped after it. The services
 * must be on loopback: BENCH_DATABASE_URL (default
 * postgres://postgres:postgres@127.0.0.1:5432/postgres) and BENCH_REDIS_URL
 * (default redis://127.0.0.1:6379).
 */

export const benchDatabaseUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
export const benchRedisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

// pg is the server's dependency; the benchmark borrows it to make and drop a schema.
const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url));
interface PgClient {
  connect(): Promise<void>;
  query(statement: string): Promise<unknown>;
  end(): Promise<void>;
}

async function sql(statement: string): Promise<void> {
  const pg = requireFromServer('pg') as {
    Client: new (config: { connectionString: string }) => PgClient;
  };
  const client = new pg.Client({ connectionString: benchDatabaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    throw new Error(`${url} is not on 127.0.0.1: the benchmark runs on loopback only`);
  }
}

export interface BenchSchema {
  /** DATABASE_URL for the server: the schema first on its search path. */
  url: string;
  drop(): Promise<void>;
}

export async function createBenchSchema(): Promise<BenchSchema> {
  assertLoopback(benchDatabaseUrl);
  assertLoopback(benchRedisUrl);
  const schema = `bench_ramp_${randomBytes(5).toString('hex')}`;
  await sql(`CREATE SCHEMA "${schema}"`);
  const url = new URL(benchDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () => sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
  };
}
