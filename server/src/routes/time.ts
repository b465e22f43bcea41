import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ServerTimeReply } from '@moteplass/shared';

/**
 * The server's clock. Timers store when they end in server time; a client
 * whose clock is off by a minute would otherwise count down wrongly.
 */
export const timeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/time',
    { schema: { response: { 200: ServerTimeReply } }, config: { rateLimit: false } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { now: Date.now() };
    },
  );
};
