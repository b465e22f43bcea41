import { describe, expect, it } from 'vitest';
import { WORKSHOP_EXPORT_VERSION, parseWorkshopExport } from './export.js';

const roles = {
  innbygger: 0,
  kommuneansatt: 0,
  politiker: 0,
  frivillig: 0,
  naringsliv: 0,
  forsker: 0,
  annet: 0,
};

function sampleExport(): Record<string, unknown> {
  return {
    format: 'moteplass-workshop',
    version: WORKSHOP_EXPORT_VERSION,
    exportedAt: '2025-03-18T18:00:00.000Z',
    workshop: {
      title: 'Trygg skolevei',
      caseDescription: '',
      language: 'nn',
      createdAt: '2025-03-17T10:00:00.000Z',
      phase: 'design',
      summary: 'Kort oppsummering',
    },
    participants: { byRole: { ...roles, innbygger: 2 }, facilitators: 1 },
    phases: [{ phase: 'explore', startedAt: '2025-03-18T17:00:00.000Z' }],
    items: [
      {
        id: 'n1',
        votes: 1,
        item: {
          type: 'note',
          x: 0,
          y: 0,
          w: 200,
          h: 200,
          phase: 'explore',
          text: 'Hei',
          color: 'yellow',
        },
      },
      { id: 'bad', votes: 0, item: { type: 'note', text: 42 } },
    ],
    skippedItems: 0,
    votes: [],
    airtime: { byRole: roles, withoutRoleMs: 0, turns: 0 },
  };
}

describe('parseWorkshopExport (export.json, version 1)', () => {
  it('accepts a file it wrote, skipping and counting an item that fails its schema', () => {
    const parsed = parseWorkshopExport(sampleExport());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.items.map((entry) => entry.id)).toEqual(['n1']);
    expect(parsed.skippedItems).toBe(1);
    expect(parsed.value.workshop.language).toBe('nn');
  });

  it('refuses what is not an export, or one from a newer Møteplass, saying why', () => {
    const cases: [unknown, RegExp][] = [
      [[], /JSON object/],
      [{ ...sampleExport(), format: 'miro' }, /format/],
      [{ ...sampleExport(), version: WORKSHOP_EXPORT_VERSION + 1 }, /newer/],
      [{ ...sampleExport(), version: '1' }, /version/],
      [{ ...sampleExport(), workshop: { title: '' } }, /workshop/],
    ];
    for (const [raw, error] of cases) {
      const parsed = parseWorkshopExport(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(error);
    }
  });
});
