import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invariantIds, quotes, testTitles } from './test-titles.js';

/*
 * docs/invariants.md names each rule with an ID and the tests that prove it
 * carry that ID in their title. This keeps both sides honest: an ID with no
 * test is a rule nobody checks.
 */
const root = join(import.meta.dirname, '..', '..');
const ids = invariantIds(readFileSync(join(root, 'docs', 'invariants.md'), 'utf8'));
const titles = testTitles(root);

describe('docs/invariants.md', () => {
  it('HOUSE-2: every invariant ID is quoted by at least one test title', () => {
    const unquoted = ids.filter((id) => !titles.some(({ title }) => quotes(title, id)));
    expect(unquoted).toEqual([]);
  });

  it('HOUSE-2: no ID is defined twice', () => {
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('HOUSE-2: finds the IDs and titles it checks (the scan itself works)', () => {
    expect(ids.length).toBeGreaterThan(50);
    expect(ids).toContain('SYNC-1');
    expect(titles.some(({ file }) => file.startsWith('e2e/'))).toBe(true);
    expect(quotes('SYNC-1: stored before relayed', 'SYNC-1')).toBe(true);
    expect(quotes('SYNC-10 and more', 'SYNC-1')).toBe(false);
    expect(quotes('BOARD-1…5 hold', 'BOARD-1')).toBe(true);
  });
});
