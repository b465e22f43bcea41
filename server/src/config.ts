import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSecret } from './workshops/tokens.js';

/** Configuration from the environment (CONTRACT.md, "Running"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl: string | undefined;
  sessionSecret: Buffer;
  logLevel: string;
  trustProxy: boolean;
  metricsPublic: boolean;
  clientDir: string | undefined;
  /** Delete workshops this many days after their last activity; 0 keeps them. */
  retentionDays: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}`);
  }
  const dataDir = resolve(env.DATA_DIR ?? './data');
  mkdirSync(dataDir, { recursive: true });
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
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    publicUrl,
    sessionSecret: readSecret(env.SESSION_SECRET, dataDir),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    metricsPublic: env.METRICS_PUBLIC === 'true' || env.METRICS_PUBLIC === '1',
    clientDir: findClientDir(env.CLIENT_DIR),
    retentionDays,
  };
}

/** SESSION_SECRET, or a secret generated into DATA_DIR on first run (kept across restarts). */
function readSecret(fromEnv: string | undefined, dataDir: string): Buffer {
  if (fromEnv) {
    const secret = Buffer.from(fromEnv, 'utf8');
    if (secret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    return secret;
  }
  const file = join(dataDir, 'session-secret');
  if (!existsSync(file)) {
    writeFileSync(file, generateSecret().toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

/** The built client next to the server (client/dist), if it exists. */
function findClientDir(fromEnv: string | undefined): string | undefined {
  const candidate = fromEnv
    ? resolve(fromEnv)
    : resolve(dirname(fileURLToPath(import.meta.url)), '../../client/dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}
