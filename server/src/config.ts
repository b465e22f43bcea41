import { LIMITS } from '@moteplass/shared';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Storage } from './storage/index.js';
import { generateSecret } from './workshops/tokens.js';

/** Configuration from the environment (CONTRACT.md, "Running"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  /**
   * SESSION_SECRET, or the one generated into DATA_DIR. Undefined with
   * DATABASE_URL and no SESSION_SECRET: every instance then shares one kept
   * in the database (`sharedSessionSecret`, once storage is open).
   */
  sessionSecret: Buffer | undefined;
  /** `postgres://…` or `postgresql://…`: PostgreSQL storage instead of SQLite in DATA_DIR. */
  databaseUrl: string | undefined;
  /** Connections each instance may open to PostgreSQL (DATABASE_POOL_SIZE). */
  databasePoolSize: number;
  /** `redis://…` or `rediss://…`: fan-out between instances. */
  redisUrl?: string;
  logLevel: string;
  trustProxy: boolean;
  metricsPublic: boolean;
  clientDir: string | undefined;
  /** Delete workshops this many days after their last activity; 0 keeps them. */
  retentionDays: number;
  /** People one room takes on this instance (ROOM_CAPACITY). */
  roomCapacity: number;
  /** From this many people in a room, presence is thinned (CROWD_THRESHOLD). */
  crowdThreshold: number;
  /** A room's presence-only broadcasts at most once per this many ms (PRESENCE_FRAME_MS; 0: none). */
  presenceFrameMs: number;
  /** A crowd's presence-only broadcasts at most once per this many ms after its last broadcast (CROWD_PRESENCE_FRAME_MS; 0: none). */
  crowdPresenceFrameMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}`);
  }
  const databaseUrl = readDatabaseUrl(env.DATABASE_URL);
  const databasePoolSize = Number(env.DATABASE_POOL_SIZE?.trim() || DEFAULT_DATABASE_POOL_SIZE);
  if (!Number.isInteger(databasePoolSize) || databasePoolSize < 1 || databasePoolSize > 1000) {
    throw new Error(
      `DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not ${JSON.stringify(env.DATABASE_POOL_SIZE)}`,
    );
  }
  const redisUrl = readRedisUrl(env.REDIS_URL);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  // With PostgreSQL nothing is written to DATA_DIR (it may be read-only).
  if (!databaseUrl) mkdirSync(dataDir, { recursive: true });
  const publicUrl = env.PUBLIC_URL?.trim() || undefined;
  if (publicUrl && !/^https?:\/\//.test(publicUrl)) {
    throw new Error(`PUBLIC_URL must start with http:// or https://, not ${publicUrl}`);
  }
  const retentionDays = Number(env.RETENTION_DAYS?.trim() || 90);
  if (!Number.isInteger(retentionDays) || retentionDays < 0) {
    throw new Error(
      `RETENTION_DAYS must be a whole number of days (0 to keep workshops), not ${JSON.stringify(env.RETENTION_DAYS)}`,
    );
  }
  const roomCapacity = readWholeNumber(
    env,
    'ROOM_CAPACITY',
    LIMITS.connectionsPerRoom,
    1,
    LIMITS.connectionsPerRoomCeiling,
  );
  const crowdThreshold = readWholeNumber(
    env,
    'CROWD_THRESHOLD',
    LIMITS.crowdThreshold,
    2,
    LIMITS.connectionsPerRoomCeiling,
  );
  // One second at most: a longer frame makes cursors visibly jump.
  const presenceFrameMs = readWholeNumber(
    env,
    'PRESENCE_FRAME_MS',
    LIMITS.presenceFrameMs,
    0,
    1000,
  );
  // One second at most, as the frame below a crowd.
  const crowdPresenceFrameMs = readWholeNumber(
    env,
    'CROWD_PRESENCE_FRAME_MS',
    LIMITS.crowdPresenceFrameMs,
    0,
    1000,
  );
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    publicUrl,
    sessionSecret: readSecret(env.SESSION_SECRET, databaseUrl ? undefined : dataDir),
    databaseUrl,
    databasePoolSize,
    ...(redisUrl ? { redisUrl } : {}),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    metricsPublic: env.METRICS_PUBLIC === 'true' || env.METRICS_PUBLIC === '1',
    clientDir: findClientDir(env.CLIENT_DIR),
    retentionDays,
    roomCapacity,
    crowdThreshold,
    presenceFrameMs,
    crowdPresenceFrameMs,
  };
}

/** A whole-number setting within [min, max], or `fallback` when unset; anything else stops start-up. */
function readWholeNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** Matches the pool size PostgresStorage uses when it is not told. */
const DEFAULT_DATABASE_POOL_SIZE = 10;

/** Meta key of the token secret that instances sharing a database share. */
export const SESSION_SECRET_META_KEY = 'sessionSecret';

/**
 * SESSION_SECRET, or a secret generated into DATA_DIR on first run (kept
 * across restarts); undefined when there is no DATA_DIR to keep it in
 * (PostgreSQL: see `sharedSessionSecret`).
 */
function readSecret(fromEnv: string | undefined, dataDir: string | undefined): Buffer | undefined {
  if (fromEnv) {
    const secret = Buffer.from(fromEnv, 'utf8');
    if (secret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    return secret;
  }
  if (!dataDir) return undefined;
  const file = join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    writeFileSync(file, generateSecret().toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

/**
 * The token secret every instance on one database shares: the first
 * instance to start stores a generated one; the others, racing or later,
 * get that one back.
 */
export async function sharedSessionSecret(storage: Pick<Storage, 'meta'>): Promise<Buffer> {
  const stored = await storage.meta.setIfAbsent(
    SESSION_SECRET_META_KEY,
    generateSecret().toString('hex'),
  );
  const secret = Buffer.from(stored, 'hex');
  if (secret.length < 32 || secret.toString('hex') !== stored) {
    throw new Error(`the database holds a damaged ${SESSION_SECRET_META_KEY}; set SESSION_SECRET`);
  }
  return secret;
}

function readDatabaseUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const url = parseUrl(value, 'DATABASE_URL');
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(
      `DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}// (SQLite needs no URL: leave DATABASE_URL unset and set DATA_DIR)`,
    );
  }
  return value;
}

function readRedisUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const url = parseUrl(value, 'REDIS_URL');
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${url.protocol}//`);
  }
  return value;
}

/** Parses a URL from the environment; the error never repeats it, as it may hold a password. */
function parseUrl(value: string, name: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(
      `${name} is not a valid URL (expected e.g. ${name === 'REDIS_URL' ? 'redis://host:6379' : 'postgres://user:password@host:5432/database'}; special characters in the password must be percent-encoded)`,
    );
  }
}

/** The built client next to the server (client/dist), if it exists. */
function findClientDir(fromEnv: string | undefined): string | undefined {
  const candidate = fromEnv
    ? resolve(fromEnv)
    : resolve(dirname(fileURLToPath(import.meta.url)), '../../client/dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}
