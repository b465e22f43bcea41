import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { precompressDirectory } from '../http/precompress.js';
import { errorBody } from '../plugins/errors.js';

/**
 * The built client (Vite output) on the same port as the API. Other GET
 * paths get index.html, so the client's router handles /w/:id/… links.
 *
 * A catch-all route, not a not-found handler: plugins/errors.ts owns the
 * one not-found handler for '/', and Fastify refuses a second (the server
 * would not start whenever client/dist exists).
 *
 * Compressed (HTTP-2): brotli or gzip copies made once at start-up
 * (http/precompress.ts), sent by @fastify/static to a browser that accepts
 * them. Cached (HTTP-3): Vite's hashed files under /assets never change, so
 * a browser keeps them a year without asking; index.html and sw.js (the
 * service worker) name those files and must be asked for every time.
 */
export const clientRoutes: FastifyPluginAsync<{ root: string }> = async (app, { root }) => {
  const compressed = await precompressDirectory(root).catch(() => ({ files: 0, failed: -1 }));
  if (compressed.failed !== 0) {
    app.log.warn(
      { root },
      'could not write compressed copies of the client; serving it uncompressed',
    );
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      response.setHeader('cache-control', cacheControlFor(relative(root, path)));
      // The same URL is sent as brotli, gzip or plain: caches must keep them apart.
      response.setHeader('vary', 'Accept-Encoding');
    },
  });
  app.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path.startsWith('/ws/')) {
      return reply.status(404).send(errorBody('NOT_FOUND', `No route ${request.method} ${path}`));
    }
    return reply.type('text/html').sendFile('index.html');
  });
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** `file` relative to the client's root, possibly the .br/.gz copy. */
function cacheControlFor(file: string): string {
  return file.startsWith(`assets${sep}`) ? IMMUTABLE : REVALIDATE;
}
