import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Where the server serves its OpenAPI document (docs/api.md links to it). */
export const OPENAPI_PATH = '/api/openapi.json';

/** What the document describes: the API, health and metrics, not the built client's pages. */
const described = (url: string) =>
  url.startsWith('/api/') || url === '/healthz' || url === '/metrics' || url.startsWith('/ws/');

/**
 * The OpenAPI 3 document of the HTTP API, generated from the routes' own
 * TypeBox schemas (HOUSE-4), so it cannot drift from what the server checks.
 * Registered before the routes: @fastify/swagger collects them as they are
 * added. No browsable UI: the strict CSP has no room for one, and any
 * OpenAPI viewer can open the JSON.
 */
export const openApi = fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Møteplass',
        // The version of the API as the contract describes it (only added to, never changed).
        version: '1',
        description:
          'The HTTP API of a Møteplass server. Errors are `{"error": {"code", "message"}}` ' +
          'with a fitting 4xx. Boards and the workshop state travel over WebSocket ' +
          '(y-websocket) at `/ws/workshops/{id}/board|control?token=…`; see docs/api.md.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'http',
            scheme: 'bearer',
            description: 'The token from `POST /api/workshops/{id}/sessions`.',
          },
        },
      },
    },
    transform: ({ schema, url }) => ({
      schema: described(url) ? schema : { ...schema, hide: true },
      url,
    }),
  });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
});
