import { parseBoardItem } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionCard, addIndicator } from './add-card';

describe('structured cards of the produce phase', () => {
  it('writes an action card and an indicator that pass the shared schemas', () => {
    const items = new Y.Doc().getMap<unknown>('items');
    const by = { author: 'p1', authorRole: 'frivillig' as const, now: 7 };
    const action = addActionCard(
      items,
      {
        text: 'Besøksvenn-ordning',
        owner: 'Frivilligsentralen',
        resources: '2 timer i uka',
        dueDate: '2026-03-01',
        status: 'planned',
      },
      by,
    );
    const indicator = addIndicator(
      items,
      {
        kind: 'outcome',
        text: 'Færre som sier de er ensomme',
        baseline: '34 %',
        target: '25 %',
        dataSource: 'Spørreundersøkelse',
        measuredBy: 'Frivilligsentralen',
        schedule: 'Hver høst',
      },
      by,
    );
    const read = (id: string) => parseBoardItem((items.get(id) as Y.Map<unknown>).toJSON());
    expect(read(action)).toMatchObject({
      type: 'action',
      phase: 'produce',
      owner: 'Frivilligsentralen',
      authorRole: 'frivillig',
    });
    expect(read(indicator)).toMatchObject({ type: 'indicator', kind: 'outcome', baseline: '34 %' });
  });

  it('is refused by the schema with a malformed due date or kind', () => {
    const base = { x: 0, y: 0, w: 1, h: 1, phase: 'produce', text: 't' };
    expect(
      parseBoardItem({ ...base, type: 'action', owner: '', resources: '', dueDate: '1. mars' }),
    ).toBeNull();
    expect(
      parseBoardItem({ ...base, type: 'action', owner: '', resources: '', dueDate: '' }),
    ).not.toBeNull();
    expect(
      parseBoardItem({
        ...base,
        type: 'indicator',
        kind: 'vibes',
        baseline: '',
        target: '',
        measure: '',
      }),
    ).toBeNull();
  });
});
