import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../plugins/errors.js';

/**
 * The built client (Vite output) on the same port as the API. Other GET
 * paths get index.html, so the client's router handles /w/:id/… links.
 *
 * A catch-all route, not a not-found handler: plugins/errors.ts owns the
 * one not-found handler for '/', and Fastify refuses a second (the server
 * would not start whenever client/dist exists).
 */
export const clientRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path.startsWith('/ws/')) {
      return reply.status(404).send(errorBody('NOT_FOUND', `No route ${request.method} ${path}`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
};
