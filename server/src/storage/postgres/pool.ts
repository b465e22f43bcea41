import { Pool, types, type PoolClient, type PoolConfig } from 'pg';

/** How a PostgresStorage reaches its database. */
export interface PostgresStorageOptions {
  /** `postgres://user:password@host:port/database?…` */
  connectionString: string;
  /**
   * Schema to keep the tables in (created when missing); the connection's
   * default search path (normally `public`) when left out. Tests use a fresh
   * one each.
   */
  schema?: string;
  /** Connections in the pool (default 10). Every instance opens up to this many. */
  poolSize?: number;
  /**
   * Where errors without a caller go: a pooled connection that drops while
   * idle. Default `console.error`. They must never crash the process; the
   * next query reconnects.
   */
  logError?: (message: string, error: unknown) => void;
}

export const DEFAULT_POOL_SIZE = 10;
/** Waiting longer than this for a connection is an error, not a hang. */
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * A statement (lock waits included) running longer than this is cancelled by
 * the server and rejects: a stuck lock must not stall a room for ever. Our
 * statements take milliseconds; migrations lift the limit for themselves.
 */
export const STATEMENT_TIMEOUT_MS = 30_000;
/** The server ends a transaction left open this long (its instance hung or lost the network). */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless `schema` is a plain lower-case identifier, safe to quote into SQL. */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `PostgreSQL schema name must be lower-case letters, digits and _ (not ${JSON.stringify(schema)})`,
    );
  }
  return schema;
}

/** `host:port/database` of a connection string, without user or password, for messages. */
export function describeTarget(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'local socket'}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'the configured server';
  }
}

/**
 * BIGINT (times, sequence numbers, counts) as a JS number instead of pg's
 * default string. Our values stay far below 2^53; a larger one is corrupt.
 */
function parseBigint(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new Error(`BIGINT ${value} is beyond a safe integer`);
  return parsed;
}

const typeParsers: PoolConfig['types'] = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === types.builtins.INT8 && format !== 'binary'
      ? parseBigint
      : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

export function createPool(options: PostgresStorageOptions): Pool {
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    types: typeParsers,
    application_name: 'moteplass',
    ...(options.schema ? { options: `-c search_path=${checkSchemaName(options.schema)}` } : {}),
  });
  // An idle connection that drops (server restart, network) is reported here;
  // without a listener Node would crash. The pool discards it and reconnects.
  pool.on('error', (error) => logError('PostgreSQL connection lost while idle', error));
  return pool;
}

/**
 * Runs `work` in one transaction on one pooled connection: COMMIT when it
 * resolves, ROLLBACK when it throws (and the error is rethrown to the caller).
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  // While checked out, a dropped connection emits 'error' on the client, not
  // the pool; the query in flight rejects as well, so noting it here suffices.
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    if (!broken) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
    }
    throw error;
  } finally {
    client.off('error', onError);
    // A broken connection is destroyed instead of going back to the pool.
    client.release(broken);
  }
}
