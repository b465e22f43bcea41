import { parseWorkshopExport, type WorkshopExport } from '@moteplass/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importedBoardItems } from '../workshops/import.js';
import { fixtureSource } from './fixtures.js';
import { toExportJson } from './json.js';
import { buildSnapshot } from './snapshot.js';

/**
 * EXPORT-4 as a property: any board, through export.json, import and export
 * again, keeps every note's text (and the nearest colour once normalized).
 * Seeded, so a failure replays; fast-check shrinks it to a small board.
 */
const PIECES = [
  'Fritidsklubbtilbudet',
  'Innbyggerinvolvering',
  'Nullpunktsmåling',
  '2026-02-15',
  'https://www.nav.no/sosialhjelp',
  'æøå ÆØÅ',
  'tilbodet',
  '👍🏽',
  '«sitat»',
  '=SUM(A1)',
  '\n',
  '<b>&amp;</b>',
];

const noteText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 12 })
  .map((parts) => parts.join(' ').slice(0, 1_900));

const colour = fc.oneof(
  fc.constantFrom('yellow', 'pink', 'green', 'blue', 'orange', 'purple', 'teal', 'rød', ''),
  fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`),
);

const note = fc.record({
  type: fc.constant('note'),
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  w: fc.integer({ min: 0, max: 800 }),
  h: fc.integer({ min: 0, max: 800 }),
  phase: fc.constantFrom('explore', 'design', 'prototype', 'produce'),
  text: noteText,
  color: colour,
  anonymous: fc.boolean(),
  somethingElse: fc.option(fc.string(), { nil: undefined }),
});

const board = fc.dictionary(fc.stringMatching(/^[a-z0-9-]{1,20}$/), note, { maxKeys: 25 });

function exportOf(items: Record<string, unknown>): WorkshopExport {
  return toExportJson(buildSnapshot(fixtureSource({ boardItems: items })));
}
const notesOf = (file: WorkshopExport) =>
  file.items
    .flatMap(({ id, item }) => (item.type === 'note' ? [[id, item.text, item.color]] : []))
    .sort();

describe('EXPORT-4 export → import → export keeps every note', () => {
  it('random boards keep every note’s text and colour', () => {
    fc.assert(
      fc.property(board, (items) => {
        const first = exportOf(items);
        expect(first.items.filter(({ item }) => item.type === 'note')).toHaveLength(
          Object.keys(items).length,
        );
        // Through the file's text, as a user would carry it, and the import's own checks.
        const parsed = parseWorkshopExport(JSON.parse(JSON.stringify(first)));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const imported = Object.fromEntries(
          importedBoardItems(parsed.value.items, 'workshop', Date.now()),
        );
        const second = exportOf(imported);
        expect(notesOf(second)).toEqual(notesOf(first));
        for (const [id, item] of Object.entries(items)) {
          expect(notesOf(second)).toContainEqual([id, item.text, expect.any(String)]);
        }
      }),
      { seed: 20, numRuns: 60 },
    );
  });
});

describe('EXPORT-4 a note longer than the board takes', () => {
  it('is exported whole and imported as the note and its continuation, every word kept', () => {
    const long = Array.from({ length: 600 }, (_, index) => `ord${index}`).join(' ');
    const items = {
      long: {
        type: 'note',
        x: 0,
        y: 0,
        w: 200,
        h: 200,
        phase: 'explore',
        text: long,
        color: 'blue',
      },
    };
    const file = exportOf(items);
    expect(file.items.find((entry) => entry.id === 'long')?.item).toMatchObject({ text: long });
    const parsed = parseWorkshopExport(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(parsed.error);
    const imported = importedBoardItems(parsed.value.items, 'workshop', Date.now());
    const parts = imported.flatMap(([, item]) => (item.type === 'note' ? [item] : []));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(2_000);
    expect(parts.map((part) => part.text).join('')).toBe(long);
  });
});
