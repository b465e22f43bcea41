import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, startServer } from './helper.js';

/** The built client on the API's port, as `pnpm start` serves it (AppOptions.clientDir). */

let app: FastifyInstance;
let clientDir: string;

/** A hashed chunk big enough to be worth compressing, as Vite writes them. */
const BUNDLE = `export const notes = [${Array.from({ length: 800 }, (_, i) => `"lapp ${i}"`).join(',')}];`;

beforeEach(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'moteplass-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Møteplass</title>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log("board")');
  writeFileSync(join(clientDir, 'assets', 'index-Bx1f9a.js'), BUNDLE);
  writeFileSync(join(clientDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  ({ app } = await startServer({ clientDir }));
});
afterEach(async () => {
  await cleanup();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('serving the built client', () => {
  it('serves index.html, its assets, and index.html for the client’s own routes', async () => {
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>Møteplass</title>');

    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.body).toBe('console.log("board")');

    const clientRoute = await app.inject({ method: 'GET', url: '/w/abc/join?code=ABCDEF' });
    expect(clientRoute.statusCode).toBe(200);
    expect(clientRoute.headers['content-type']).toMatch(/text\/html/);
    expect(clientRoute.body).toContain('<title>Møteplass</title>');
  });

  it('still answers unknown API routes and other methods with 404 JSON, and the API works', async () => {
    for (const url of ['/api/nothing-here', '/ws/nothing-here']) {
      const answer = await app.inject({ method: 'GET', url });
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    const post = await app.inject({ method: 'POST', url: '/w/abc' });
    expect(post.statusCode).toBe(404);
    expect(post.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });

    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const created = await app.inject({
      method: 'POST',
      url: '/api/workshops',
      payload: { title: 'Park' },
    });
    expect(created.statusCode).toBe(201);
  });
});

describe('HTTP-2 and HTTP-3: the client compressed, hashed files cached for good', () => {
  const bundle = '/assets/index-Bx1f9a.js';

  it('sends the brotli copy to a browser that takes brotli, gzip to one that takes gzip, plain otherwise', async () => {
    const br = await app.inject({
      url: bundle,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BUNDLE);
    expect(br.rawPayload.length).toBeLessThan(BUNDLE.length / 4);

    const gz = await app.inject({ url: bundle, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BUNDLE);

    const plain = await app.inject({ url: bundle });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BUNDLE);
    // Made once at start-up, next to the build, not per request.
    expect(existsSync(join(clientDir, 'assets', 'index-Bx1f9a.js.br'))).toBe(true);
  });

  it('marks hashed files under /assets immutable for a year, and makes index.html and sw.js revalidate', async () => {
    for (const url of [bundle, '/assets/app.js']) {
      const answer = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(answer.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/index.html', '/sw.js', '/w/abc/board']) {
      const answer = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(answer.statusCode, url).toBe(200);
      expect(answer.headers['cache-control'], url).toBe('no-cache');
    }
  });
});
