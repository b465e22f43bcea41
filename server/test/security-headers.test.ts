import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, onCleanup, startServer } from './helper.js';

/**
 * HTTP-1: every answer — a page, an asset, the API, an error — carries the
 * security headers; the CSP allows what the built client needs and no more.
 */
afterEach(cleanup);

function clientDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-headers-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Møteplass</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("board")');
  return dir;
}

/** The CSP as a map of directive → its sources. */
function csp(response: LightMyRequestResponse): Map<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

async function answers(app: FastifyInstance) {
  const created = await app.inject({
    method: 'POST',
    url: '/api/workshops',
    payload: { title: 'Park' },
    headers: { host: 'moteplass.example:8080' },
  });
  return {
    page: await app.inject({
      url: '/w/abc/join?code=ABCDEF',
      headers: { host: 'moteplass.example:8080' },
    }),
    asset: await app.inject({ url: '/assets/index-abc123.js' }),
    api: created,
    error: await app.inject({ url: '/api/no-such-thing' }),
    health: await app.inject({ url: '/healthz' }),
  };
}

describe('HTTP-1: security headers on every answer', () => {
  it('sends a strict CSP, no framing and no referrer on pages, assets, the API and errors', async () => {
    const { app } = await startServer({ clientDir: clientDir() });
    for (const [what, response] of Object.entries(await answers(app))) {
      const policy = csp(response);
      expect(policy.get('default-src'), what).toEqual(["'self'"]);
      expect(policy.get('script-src'), what).toEqual(["'self'"]);
      expect(policy.get('style-src'), what).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
      expect(policy.get('object-src'), what).toEqual(["'none'"]);
      expect(policy.get('base-uri'), what).toEqual(["'none'"]);
      expect(policy.get('img-src'), what).toEqual(["'self'", 'blob:', 'data:']);
      expect(response.headers['referrer-policy'], what).toBe('no-referrer');
      expect(response.headers['x-frame-options'], what).toBe('DENY');
      expect(response.headers['x-content-type-options'], what).toBe('nosniff');
      // Plain HTTP (no PUBLIC_URL): no HSTS, nothing upgraded.
      expect(response.headers['strict-transport-security'], what).toBeUndefined();
      expect(policy.has('upgrade-insecure-requests'), what).toBe(false);
    }
  });

  it('allows no inline script: no unsafe-inline, unsafe-eval or nonce anywhere', async () => {
    const { app } = await startServer({ clientDir: clientDir() });
    const header = String((await app.inject({ url: '/' })).headers['content-security-policy']);
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|strict-dynamic|\*/);
  });

  it("lets the page connect only to its own origin and that host's WebSocket", async () => {
    const { app } = await startServer({ clientDir: clientDir() });
    const { page } = await answers(app);
    expect(csp(page).get('connect-src')).toEqual([
      "'self'",
      'ws://moteplass.example:8080',
      'wss://moteplass.example:8080',
    ]);
    // A Host header that is not a plain host cannot write into the policy.
    const odd = await app.inject({ url: '/', headers: { host: 'evil.example, *' } });
    expect(csp(odd).get('connect-src')).toEqual(["'self'", "'self'"]);
  });

  it('adds HSTS and upgrades requests when PUBLIC_URL is https, with its wss origin', async () => {
    const { app } = await startServer({
      clientDir: clientDir(),
      publicUrl: 'https://moteplass.kommune.no',
    });
    for (const [what, response] of Object.entries(await answers(app))) {
      expect(response.headers['strict-transport-security'], what).toBe('max-age=31536000');
      expect(csp(response).has('upgrade-insecure-requests'), what).toBe(true);
      expect(csp(response).get('connect-src'), what).toEqual([
        "'self'",
        'wss://moteplass.kommune.no',
      ]);
    }
  });
});
