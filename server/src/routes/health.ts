import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../plugins/errors.js';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

export const healthRoutes: FastifyPluginAsync = async (app) => {
  app.get('/healthz', { config: { rateLimit: false } }, async () => ({ status: 'ok' }));

  // Prometheus text, for "anyone on the host" (CONTRACT.md) unless made public.
  app.get('/metrics', { config: { rateLimit: false } }, async (request, reply) => {
    if (!app.appOptions.metricsPublic && !LOOPBACK.test(request.socket.remoteAddress ?? '')) {
      return reply.status(403).send(errorBody('FORBIDDEN', 'Metrics are served to the host only'));
    }
    return reply.type(app.metrics.registry.contentType).send(await app.metrics.registry.metrics());
  });
};
