import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, startServer } from './helper.js';

/**
 * The public HTTP routes of the contract (CONTRACT.md, "HTTP" and "Round 2"),
 * as `METHOD path` with OpenAPI's `{param}`. Where the project's CONTRACT.md
 * is found beside the repository (../shared/CONTRACT.md), its table is read too.
 */
const CONTRACT_ROUTES = [
  'GET /healthz',
  'GET /metrics',
  'POST /api/workshops',
  'POST /api/workshops/{id}/sessions',
  'POST /api/workshops/{id}/actions',
  'GET /api/workshops/{id}/export.json',
  'GET /api/workshops/{id}/export.md',
  'GET /api/workshops/{id}/export.csv',
  'GET /api/workshops/{id}/export.svg',
  'GET /api/workshops/{id}/export.pdf',
  'POST /api/workshops/import',
  'DELETE /api/workshops/{id}',
];

function contractFile(): string | undefined {
  let dir = join(import.meta.dirname, '..', '..');
  for (let up = 0; up < 4; up += 1) {
    dir = dirname(dir);
    const candidate = join(dir, 'shared', 'CONTRACT.md');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** `| \`GET /healthz\` | …` rows of the contract's HTTP table, `{json,md}` spelled out. */
function routesIn(markdown: string): string[] {
  const routes: string[] = [];
  for (const [, method, path] of markdown.matchAll(/^\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)`/gm)) {
    const openapiPath = path!.replace(/:(\w+)/g, '{$1}');
    const choices = /\{([a-z]+(?:,[a-z]+)+)\}/.exec(openapiPath);
    if (!choices) routes.push(`${method} ${openapiPath}`);
    else
      for (const choice of choices[1]!.split(','))
        routes.push(`${method} ${openapiPath.replace(choices[0], choice)}`);
  }
  return routes;
}

afterEach(cleanup);

describe('GET /api/openapi.json', () => {
  it('HOUSE-4: lists every public route of the contract, generated from the route schemas', async () => {
    const server = await startServer();
    const response = await fetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const spec = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: unknown[] }>>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    const listed = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const file = contractFile();
    const expected = new Set([
      ...CONTRACT_ROUTES,
      ...(file ? routesIn(readFileSync(file, 'utf8')) : []),
    ]);
    expect([...expected].filter((route) => !listed.includes(route))).toEqual([]);
    // From the TypeBox schemas: creating a workshop documents its body.
    expect(spec.paths['/api/workshops']?.post?.requestBody).toBeDefined();
    // The built client's pages are not part of the API.
    expect(listed.filter((route) => !/ \/(api|ws)\/| \/healthz$| \/metrics$/.test(route))).toEqual(
      [],
    );
  });
});
