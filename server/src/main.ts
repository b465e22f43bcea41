import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { loggerOptions } from './observability/logging.js';
import { openStorage } from './storage/index.js';

/** Reads the configuration, listens, and shuts down cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = readConfig();
  const storage = openStorage({ dataDir: config.dataDir });
  const app = await buildApp({
    storage,
    sessionSecret: config.sessionSecret,
    publicUrl: config.publicUrl,
    clientDir: config.clientDir,
    logger: loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    metricsPublic: config.metricsPublic,
    retentionDays: config.retentionDays,
  });
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
