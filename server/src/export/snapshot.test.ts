import { IMPORTED_HISTORY_KEY, type ImportedHistory } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { fixtureSource } from './fixtures.js';
import { toExportJson } from './json.js';
import { buildSnapshot } from './snapshot.js';

describe('the workshop snapshot every export is made from', () => {
  it('keeps valid items in phase order and counts the malformed one it skipped', () => {
    const snapshot = buildSnapshot(fixtureSource());
    expect(snapshot.skippedItems).toBe(1);
    expect(snapshot.items.map((entry) => entry.item.phase)).toEqual(
      [...snapshot.items.map((entry) => entry.item.phase)].sort(
        (a, b) =>
          ['explore', 'design', 'prototype', 'produce'].indexOf(a) -
          ['explore', 'design', 'prototype', 'produce'].indexOf(b),
      ),
    );
    expect(snapshot.items.find((entry) => entry.id === 'n3')?.votes).toBe(4);
    expect(snapshot.participants).toMatchObject({ facilitators: 1, names: [] });
    expect(snapshot.participants.byRole).toMatchObject({ innbygger: 2, politiker: 1 });
    expect(snapshot.phaseRuns.map((run) => run.phase)).toEqual(['explore', 'design', 'produce']);
    expect(snapshot.airtime).toMatchObject({ withoutRoleMs: 30_000, turns: 5 });
  });

  it('EXPORT-2 names only the authors of attributed items, and only when asked', () => {
    const plain = buildSnapshot(fixtureSource());
    expect(plain.items.some((entry) => entry.authorName)).toBe(false);
    const named = buildSnapshot(fixtureSource({ includeNames: true }));
    const byId = new Map(named.items.map((entry) => [entry.id, entry]));
    expect(byId.get('n1')?.authorName).toBe('Kari Ås');
    expect(byId.get('n3')?.authorName).toBeUndefined();
    // The participant without a name, and the facilitator who wrote nothing, are not listed.
    expect(named.participants.names).toEqual([
      { name: 'Kari Ås', role: 'innbygger' },
      { name: 'Ola Øren', role: 'politiker' },
    ]);
  });

  it('EXPORT-2 an anonymous note stays anonymous even if a stray author field reached the board', () => {
    const source = fixtureSource({ includeNames: true });
    const items = source.boardItems as Record<string, Record<string, unknown>>;
    items['n3'] = { ...items['n3'], author: 'p-kari', authorRole: 'innbygger' };
    const entry = buildSnapshot(source).items.find((candidate) => candidate.id === 'n3');
    expect(entry?.authorName).toBeUndefined();
    const exported = toExportJson(buildSnapshot(source)).items.find((item) => item.id === 'n3');
    expect(exported?.item).not.toHaveProperty('author');
  });

  it('never puts participant ids in export.json', () => {
    const json = JSON.stringify(toExportJson(buildSnapshot(fixtureSource({ includeNames: true }))));
    for (const id of ['p-kari', 'p-ola', 'p-fac', 'p-anon']) expect(json).not.toContain(id);
  });

  it('adds what an imported workshop brought along to what happened since', () => {
    const history: ImportedHistory = {
      participants: {
        byRole: {
          innbygger: 5,
          kommuneansatt: 1,
          politiker: 0,
          frivillig: 0,
          naringsliv: 0,
          forsker: 0,
          annet: 0,
        },
        facilitators: 1,
      },
      phases: [
        {
          phase: 'explore',
          startedAt: '2024-01-10T17:00:00.000Z',
          endedAt: '2024-01-10T17:30:00.000Z',
        },
      ],
      votes: [{ phase: 'explore', results: [{ itemId: 'n1', votes: 3 }] }],
      airtime: {
        byRole: {
          innbygger: 60_000,
          kommuneansatt: 0,
          politiker: 0,
          frivillig: 0,
          naringsliv: 0,
          forsker: 0,
          annet: 0,
        },
        withoutRoleMs: 0,
        turns: 2,
      },
    };
    const source = fixtureSource();
    source.control[IMPORTED_HISTORY_KEY] = history;
    const snapshot = buildSnapshot(source);
    expect(snapshot.participants.byRole.innbygger).toBe(7);
    expect(snapshot.phaseRuns[0]).toEqual({
      phase: 'explore',
      startedAt: Date.parse('2024-01-10T17:00:00.000Z'),
      endedAt: Date.parse('2024-01-10T17:30:00.000Z'),
    });
    expect(snapshot.items.find((entry) => entry.id === 'n1')?.votes).toBe(5);
    expect(snapshot.airtime.byRole.innbygger).toBe(240_000);
    expect(snapshot.airtime.turns).toBe(7);
  });
});
