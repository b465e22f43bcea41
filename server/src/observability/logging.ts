import type { FastifyServerOptions } from 'fastify';

/**
 * Logger options. Requests are logged without their query string: session
 * tokens travel there for WebSocket upgrades. Bodies are never logged, so
 * note text and names stay out of the logs (docs/invariants.md, PRIV-2).
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req(request: { method: string; url: string; ip?: string }) {
        return { method: request.method, url: request.url.split('?')[0] };
      },
    },
    redact: ['req.headers.authorization', 'req.query'],
  };
}
