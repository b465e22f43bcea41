import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../plugins/errors.js';

/**
 * The built client (Vite output) on the same port as the API. Paths that are
 * not files get index.html, so the client's router handles /w/:id/… links.
 */
export const clientRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (request.method !== 'GET' || path.startsWith('/api/') || path.startsWith('/ws/')) {
      return reply.status(404).send(errorBody('NOT_FOUND', `No route ${request.method} ${path}`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
};
