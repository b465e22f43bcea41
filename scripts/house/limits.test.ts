import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/src/limits.js';

const configuration = readFileSync(
  join(import.meta.dirname, '..', '..', 'docs', 'configuration.md'),
  'utf8',
);

describe('shared/src/limits.ts', () => {
  it('INPUT-2: every limit is a positive number named in docs/configuration.md', () => {
    for (const [name, value] of Object.entries(LIMITS)) {
      expect({ name, positive: Number.isFinite(value) && value > 0 }).toEqual({
        name,
        positive: true,
      });
    }
    const unnamed = Object.keys(LIMITS).filter((name) => !configuration.includes(`LIMITS.${name}`));
    expect(unnamed).toEqual([]);
  });
});
