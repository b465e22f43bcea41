import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** STYLE.md: past ~400 lines, split the file. */
const MAX_LINES = 400;
const root = join(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const SKIP = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', 'data']);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

describe('source files', () => {
  it(`HOUSE-3: no source file is over ${MAX_LINES} lines`, () => {
    const long = [...sourceFiles(root)]
      .map((path) => ({
        file: relative(root, path),
        lines: readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
