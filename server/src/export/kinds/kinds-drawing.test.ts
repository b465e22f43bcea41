import { ITEM_KINDS, V1_ITEMS } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { fixtureSource } from '../fixtures.js';
import { buildSnapshot } from '../snapshot.js';
import { toSvg } from '../svg.js';

const words = (svg: string) =>
  [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');

describe('every kind is drawn in the case file', () => {
  // Each kind's stored v1 item, side by side, on an otherwise empty board.
  const boardItems = Object.fromEntries(
    ITEM_KINDS.map((kind, index) => [
      `${kind.type}-1`,
      { ...V1_ITEMS[kind.type], x: index * 300, y: 0, w: 260, h: 200 },
    ]),
  );
  const snapshot = buildSnapshot(fixtureSource({ boardItems }));

  it('KIND-2 draws each kind of the table, a v1 indicator and a poll with its question and options', () => {
    expect(snapshot.omitted).toEqual([]);
    expect(snapshot.items.map((entry) => entry.item.type).sort()).toEqual(
      ITEM_KINDS.map((kind) => kind.type).sort(),
    );
    const svg = toSvg(snapshot, { kind: 'board' }) ?? '';
    const drawn = words(svg);
    for (const fragment of [
      'Hvilket tiltak',
      'Fredagsklubb',
      'Lysløype',
      'Færre unge',
      'Gruppe 1',
    ]) {
      expect(drawn).toContain(fragment);
    }
    // Every item got marks of its own (the connector joins note-1 and action-1).
    for (const kind of ITEM_KINDS) expect(svg, kind.type).toContain(`data-item="${kind.type}-1"`);
  });
});
