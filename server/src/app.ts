import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { CLOSE_CODES, LIMITS } from '@moteplass/shared';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { loggerOptions } from './observability/logging.js';
import { Metrics } from './observability/metrics.js';
import { RedisBus, joinCluster } from './cluster/index.js';
import { equalityRoutes } from './equality/index.js';
import { seriesRoutes } from './series/index.js';
import { errorHandling } from './plugins/errors.js';
import { securityHeaders } from './plugins/security-headers.js';
import { RoomRegistry, presenceLimits, reclaimWhenEmpty } from './rooms/index.js';
import { openApi } from './plugins/openapi.js';
import { actionRoutes } from './routes/actions.js';
import { boardPictureRoutes } from './routes/board-picture.js';
import { clientRoutes } from './routes/client.js';
import { consoleRoutes } from './routes/console.js';
import { exportRoutes } from './routes/exports.js';
import { healthRoutes } from './routes/health.js';
import { imageRoutes } from './routes/images.js';
import { importRoutes } from './routes/import.js';
import { meRoutes } from './routes/me.js';
import { sessionRoutes } from './routes/sessions.js';
import { timeRoutes } from './routes/time.js';
import { workshopRoutes } from './routes/workshops.js';
import type { Storage } from './storage/index.js';
import { websocketRoutes } from './transport/websocket.js';
import { RetentionSweeper } from './workshops/retention.js';
import { JoinAttempts, type JoinAttemptLimits } from './workshops/join-attempts.js';
import { createRoomPolicy } from './workshops/room-policies.js';
import { WorkshopService } from './workshops/service.js';
import { TokenSigner } from './workshops/tokens.js';

export interface AppOptions {
  storage: Storage;
  /** HMAC secret for session tokens (≥ 32 bytes). */
  sessionSecret: Buffer;
  /** Base for join links and QR codes; derived from the request when absent. */
  publicUrl?: string;
  /** Directory of the built client to serve; none in API-only tests. */
  clientDir?: string;
  /** `true` for info-level logs without tokens; see observability/logging.ts. */
  logger?: FastifyServerOptions['logger'];
  /** Trust X-Forwarded-* from a reverse proxy (needed for per-client rate limits behind one). */
  trustProxy?: boolean;
  /** How long an empty room stays loaded, ms. */
  idleUnloadMs?: number;
  compactAfterUpdates?: number;
  /** Serve /metrics to every address, not only to the host itself. */
  metricsPublic?: boolean;
  /** Delete workshops this many days after their last activity (RETENTION_DAYS); 0 or absent: never. */
  retentionDays?: number;
  /** People one room takes per instance (ROOM_CAPACITY); default LIMITS.connectionsPerRoom. */
  roomCapacity?: number;
  /** From this many people a room is a crowd (CROWD_THRESHOLD): presence thinned; default LIMITS.crowdThreshold. */
  crowdThreshold?: number;
  /** A room's presence frame in ms (PRESENCE_FRAME_MS, RELAY-3); default LIMITS.presenceFrameMs. */
  presenceFrameMs?: number;
  /** A crowd's presence frame in ms (CROWD_PRESENCE_FRAME_MS, RELAY-4); default LIMITS.crowdPresenceFrameMs. */
  crowdPresenceFrameMs?: number;
  /** Wrong join codes taken per address and per workshop (JOIN-1); tests use small ones. */
  joinAttemptLimits?: JoinAttemptLimits;
  /**
   * Several instances serving the same workshops (REDIS_URL; storage must be
   * shared too: PostgreSQL). See server/src/cluster and docs/deployment.md.
   */
  cluster?: {
    redisUrl: string;
    /** Random when absent; shows in Redis CLIENT LIST as moteplass-<id>-pub/-sub. */
    instanceId?: string;
    /** Prefix of Redis channels and keys (default `moteplass:`); tests use their own. */
    keyPrefix?: string;
    /** How long start-up waits for Redis before serving without it (default 10 s). */
    readyTimeoutMs?: number;
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    workshops: WorkshopService;
    joinAttempts: JoinAttempts;
    rooms: RoomRegistry;
    metrics: Metrics;
    appOptions: AppOptions;
  }
}

/** The whole server as a Fastify instance; `main.ts` only reads config and listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === true ? loggerOptions('info') : (options.logger ?? false),
    bodyLimit: LIMITS.httpBodyBytes,
    trustProxy: options.trustProxy ?? false,
    // Strict validation: unknown fields are refused (400), never silently stripped,
    // and no type coercion ("5" is not a number).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const metrics = new Metrics();
  const bus = options.cluster
    ? new RedisBus({
        redisUrl: options.cluster.redisUrl,
        instanceId: options.cluster.instanceId,
        keyPrefix: options.cluster.keyPrefix,
        logger: app.log,
      })
    : undefined;
  const rooms: RoomRegistry = new RoomRegistry({
    storage: options.storage,
    logger: app.log,
    observer: metrics,
    idleUnloadMs: options.idleUnloadMs,
    compactAfterUpdates: options.compactAfterUpdates,
    createPolicy: createRoomPolicy,
    cluster: bus,
    presenceLimits: presenceLimits(
      options.crowdThreshold,
      options.presenceFrameMs,
      options.crowdPresenceFrameMs,
    ),
    // The last room unloaded: give its memory back while nobody is connected.
    onEmpty: reclaimWhenEmpty((): boolean => rooms.isEmpty),
  });
  metrics.countRooms = () => rooms.size;
  const workshops = new WorkshopService(
    options.storage,
    rooms,
    new TokenSigner(options.sessionSecret),
    { logger: app.log, cluster: bus },
  );
  if (bus) {
    joinCluster(bus, { rooms, workshops, storage: options.storage, logger: app.log });
    // Serve anyway if Redis is away at start: rooms re-read storage once it is back.
    if (await bus.ready(options.cluster?.readyTimeoutMs)) {
      app.log.info({ instanceId: bus.instanceId }, 'serving with other instances through Redis');
    } else {
      app.log.error(
        { instanceId: bus.instanceId },
        'Redis not reachable at start-up; serving, and connecting to it in the background',
      );
    }
    // After the rooms' preClose (which stores what is pending and closes sockets).
    app.addHook('onClose', async () => bus.close());
  }
  app.decorate('workshops', workshops);
  app.decorate(
    'joinAttempts',
    // The address is not logged (PRIV-2); the workshop, so an operator can see an attack.
    new JoinAttempts(options.joinAttemptLimits, (workshopId) =>
      app.log.warn(
        { workshopId },
        'too many wrong join codes: joining by code paused for a minute',
      ),
    ),
  );
  app.decorate('rooms', rooms);
  app.decorate('metrics', metrics);
  app.decorate('appOptions', options);

  await app.register(errorHandling);
  await app.register(securityHeaders, { publicUrl: options.publicUrl });
  await app.register(rateLimit, {
    max: LIMITS.httpRequestsPerMinute,
    timeWindow: 60_000,
  });
  await app.register(websocket, {
    // Frames up to twice the limit reach our handler, which closes with 1009
    // and a reason; ws itself refuses larger ones (1009, no reason).
    options: { maxPayload: LIMITS.frameBytes * 2 },
    // On shutdown: store what is pending, then close every socket with 1001 and
    // a reason (the plugin's default closes them first, without a code).
    preClose: async function (this: FastifyInstance) {
      workshops.presence.dispose();
      await rooms.closeAll(CLOSE_CODES.GOING_AWAY, 'server shutting down');
      for (const client of this.websocketServer.clients) {
        client.close(CLOSE_CODES.GOING_AWAY, 'server shutting down');
      }
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });

  // Before the routes: it collects them as they are added (HOUSE-4).
  await app.register(openApi);
  await app.register(healthRoutes);
  await app.register(workshopRoutes);
  await app.register(sessionRoutes);
  await app.register(meRoutes);
  await app.register(actionRoutes);
  await app.register(equalityRoutes);
  await app.register(seriesRoutes);
  await app.register(consoleRoutes);
  await app.register(timeRoutes);
  await app.register(exportRoutes);
  await app.register(importRoutes);
  await app.register(imageRoutes);
  await app.register(boardPictureRoutes);
  await app.register(websocketRoutes);

  const retention = new RetentionSweeper({
    storage: options.storage,
    deleteWorkshop: (id) => workshops.delete(id),
    days: options.retentionDays ?? 0,
    logger: app.log,
  });
  app.addHook('onReady', async () => retention.start());
  app.addHook('onClose', async () => retention.stop());
  if (options.clientDir) await app.register(clientRoutes, { root: options.clientDir });

  return app;
}
