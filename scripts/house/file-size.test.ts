import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from './tree.js';

/** STYLE.md: past ~400 lines, split the file. */
const MAX_LINES = 400;
const root = join(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
describe('source files', () => {
  it(`HOUSE-3: no source file is over ${MAX_LINES} lines`, () => {
    const long = [...filesBelow(root, SOURCE)]
      .map((path) => ({
        file: relative(root, path),
        lines: readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
