import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './index.js';

/** Flatten a catalogue to `a.b.c` keys, keeping array lengths as keys too. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return value.flatMap((v, i) => keys(v, `${prefix}.${i}`));
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('i18n catalogues', () => {
  it('nn and en have exactly the keys of nb', () => {
    const expected = keys(CATALOGUES.nb).sort();
    expect(keys(CATALOGUES.nn).sort()).toEqual(expected);
    expect(keys(CATALOGUES.en).sort()).toEqual(expected);
  });

  it('no string is empty', () => {
    for (const catalogue of Object.values(CATALOGUES)) {
      const flat = JSON.stringify(catalogue);
      expect(flat).not.toMatch(/:""/);
    }
  });
});
