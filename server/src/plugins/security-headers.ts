import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer: pages, assets, the API and errors
 * (HTTP-1). What the built client needs, and nothing more:
 *
 * - scripts only from our own origin (Vite's module scripts in /assets; no
 *   inline script, no eval), the service worker too (`worker-src`);
 * - styles from our origin; React's `style={…}` and Konva set styles through
 *   the CSSOM, which style-src does not govern;
 * - images from our origin, `blob:` (a board image read from the API; the
 *   PNG export painted from the SVG) and `data:`; the QR code is inline SVG;
 * - connections to our origin and its WebSocket (`ws:`/`wss:` on the same
 *   host: 'self' covers it only in newer browsers);
 * - no framing anywhere (`frame-ancestors 'none'`: the facilitator console
 *   cannot be clickjacked), no plugins, no <base>.
 *
 * `Referrer-Policy: no-referrer`, because join links carry the join code.
 * HSTS and `upgrade-insecure-requests` only when PUBLIC_URL is https: on a
 * plain-HTTP intranet address they would break every request.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { publicUrl?: string }) => {
  const https = options.publicUrl?.startsWith('https://') ?? false;
  const configuredHost = options.publicUrl ? new URL(options.publicUrl).host : undefined;
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'blob:', 'data:'],
        fontSrc: ["'self'"],
        connectSrc: [
          "'self'",
          (request: IncomingMessage) => websocketSources(request, configuredHost, https),
        ],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });
});

/** The WebSocket origin of this host: PUBLIC_URL's, or the request's own Host header. */
function websocketSources(
  request: IncomingMessage,
  configuredHost: string | undefined,
  https: boolean,
): string {
  if (configuredHost) return `${https ? 'wss' : 'ws'}://${configuredHost}`;
  const host = request.headers.host ?? '';
  // Only a plain host[:port] goes into the header; anything else gets 'self' alone.
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return "'self'";
  return `ws://${host} wss://${host}`;
}
