import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { fixtureSource } from './fixtures.js';
import { buildSnapshot } from './snapshot.js';

/** The file's records, split naively: these fixtures have no separator inside a field. */
const records = (csv: string, separator: string) =>
  csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(separator).map((cell) => cell.replace(/^"|"$/g, '')));

describe('export.csv: speaking time per breakout group', () => {
  const snapshot = buildSnapshot(fixtureSource({ includeNames: true }));
  const withGroups = {
    ...snapshot,
    groupAirtime: [
      { name: 'Gruppe 1', ms: 245_400, turns: 3 },
      { name: 'Gruppe 2', ms: 61_000, turns: 1 },
    ],
  };

  it('GROUPEQ-2: one row per group after the items, seconds in the text column, turns in the votes column, the name in the group column', () => {
    const [header, ...rows] = records(toCsv(withGroups), ';');
    expect(header!.at(-1)).toBe('Gruppe');
    const speaking = rows.filter((row) => row[1] === 'Taletid i gruppa (sekunder)');
    expect(speaking).toHaveLength(2);
    // After every item's row, in the same number of columns.
    expect(rows.slice(-2)).toEqual(speaking);
    const text = header!.indexOf('Tekst');
    const votes = header!.indexOf('Stemmer');
    expect(speaking.map((row) => [row[text], row[votes], row.at(-1)])).toEqual([
      ['245', '3', 'Gruppe 1'],
      ['61', '1', 'Gruppe 2'],
    ]);
    for (const row of speaking) expect(row).toHaveLength(header!.length);
  });

  it('GROUPEQ-2: no speaking rows (and no group column) where no group had a turn', () => {
    const csv = toCsv(snapshot);
    expect(csv).not.toContain('Taletid i gruppa');
    expect(records(csv, ';')[0]).not.toContain('Gruppe');
  });
});
