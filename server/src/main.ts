import { buildApp } from './app.js';
import { readConfig, sharedSessionSecret, type Config } from './config.js';
import { loggerOptions } from './observability/logging.js';
import { openStorage, PostgresStorage, type Storage } from './storage/index.js';

/** Until the app's logger exists, errors of the storage's background connections go to stderr. */
let logStorageError = (message: string, error: unknown) => console.error(message, error);

/** PostgreSQL when DATABASE_URL is set (connects and migrates first), else SQLite in DATA_DIR. */
async function openConfiguredStorage(config: Config): Promise<Storage> {
  if (!config.databaseUrl) return openStorage({ dataDir: config.dataDir });
  return PostgresStorage.open({
    connectionString: config.databaseUrl,
    poolSize: config.databasePoolSize,
    logError: (message, error) => logStorageError(message, error),
  });
}

/** Reads the configuration, listens, and shuts down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = readConfig();
  const storage = await openConfiguredStorage(config);
  const app = await buildApp({
    storage,
    sessionSecret: config.sessionSecret ?? (await sharedSessionSecret(storage)),
    publicUrl: config.publicUrl,
    clientDir: config.clientDir,
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    metricsPublic: config.metricsPublic,
    retentionDays: config.retentionDays,
    roomCapacity: config.roomCapacity,
    crowdThreshold: config.crowdThreshold,
    presenceFrameMs: config.presenceFrameMs,
    crowdPresenceFrameMs: config.crowdPresenceFrameMs,
    ...(config.redisUrl ? { cluster: { redisUrl: config.redisUrl } } : {}),
  });
  logStorageError = (message, error) => app.log.error({ err: error }, message);
  app.log.info(
    { storage: storage.kind, fanout: config.redisUrl ? 'redis' : 'none' },
    'storage open',
  );
  if (config.redisUrl && !config.databaseUrl) {
    // Instances on other hosts cannot share a SQLite file; each would keep its own workshops.
    app.log.warn('REDIS_URL without DATABASE_URL: several instances need PostgreSQL storage');
  }
  if (!config.clientDir) app.log.warn('client/dist not found: serving the API only');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    try {
      // Stops accepting, stores what is pending, closes sockets (onClose hooks).
      await app.close();
      await storage.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
