import { ITEM_KINDS, V1_ITEMS, migrateItem } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { fieldProblem } from './board-shape.js';

/** The update gate's fields come from the kinds table: every kind, every version. */
const problems = (item: Record<string, unknown>) =>
  Object.entries(item).flatMap(([key, value]) => {
    const problem = fieldProblem(key, value);
    return problem ? [`${key}: ${problem}`] : [];
  });

describe('the update gate reads the kinds table', () => {
  it('KIND-5 admits the fields of every kind at its current version and at version 1', () => {
    for (const kind of ITEM_KINDS) {
      const stored = V1_ITEMS[kind.type] ?? {};
      expect(problems(stored), `${kind.type} v1`).toEqual([]);
      const migrated = migrateItem(stored);
      const current = migrated.status === 'migrated' ? migrated.item : stored;
      expect(problems({ ...current, ...kind.defaults() }), `${kind.type} v${kind.version}`).toEqual(
        [],
      );
    }
  });

  it('KIND-5 admits a poll’s options as a list of short texts, and nothing else there', () => {
    expect(fieldProblem('options', ['Kafé', 'Bibliotek'])).toBeNull();
    expect(fieldProblem('options', ['Kafé', 3])).toBe('field options must be a list of texts');
    expect(
      fieldProblem(
        'options',
        Array.from({ length: 9 }, () => 'x'),
      ),
    ).toBe('field options has more than 8 entries');
    expect(fieldProblem('options', ['x'.repeat(501)])).toBe(
      'an entry of field options is longer than 500',
    );
    expect(fieldProblem('question', 'x'.repeat(201))).toBe('field question is longer than 200');
  });

  it('KIND-5 admits the indicator’s v2 fields and the v1 `measure` an older client still writes', () => {
    for (const key of ['dataSource', 'measuredBy', 'schedule', 'measure']) {
      expect(fieldProblem(key, 'Ungdata'), key).toBeNull();
      expect(fieldProblem(key, 'x'.repeat(501)), key).toBe(`field ${key} is longer than 500`);
    }
    expect(fieldProblem('v', 2)).toBeNull();
  });
});
