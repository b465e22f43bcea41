import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, startServer } from './helper.js';

/** The built client on the API's port, as `pnpm start` serves it (AppOptions.clientDir). */

let app: FastifyInstance;
let clientDir: string;

beforeEach(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'moteplass-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Møteplass</title>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log("board")');
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
