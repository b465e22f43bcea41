import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionCard, addIndicator } from './add-card';
import { actionFields, updateCard } from './card-edits';
import { deleteItem, restoreItem } from './item-edits';

function board() {
  const doc = new Y.Doc();
  return doc.getMap<unknown>('items');
}

const by = { author: 'p1', authorRole: 'innbygger' as const, now: 1 };
const action = {
  text: 'Åpne biblioteket',
  owner: '',
  resources: '',
  dueDate: '',
  status: 'planned' as const,
};

describe('editing and deleting produce-phase cards from the list', () => {
  it('CARD-1: saves only the changed fields, in one transaction, and keeps the author', () => {
    const items = board();
    const id = addActionCard(items, action, by);
    const updates: Uint8Array[] = [];
    items.doc!.on('update', (update: Uint8Array) => updates.push(update));
    const ok = updateCard(items, id, 'action', {
      ...action,
      owner: 'Frivilligsentralen',
      dueDate: '2027-03-01',
    });
    expect(ok).toBe(true);
    expect(updates).toHaveLength(1);
    const card = (items.get(id) as Y.Map<unknown>).toJSON();
    expect(card).toMatchObject({
      type: 'action',
      text: 'Åpne biblioteket',
      owner: 'Frivilligsentralen',
      dueDate: '2027-03-01',
      author: 'p1',
      authorRole: 'innbygger',
    });
  });

  it('refuses a card that is gone or of the other kind', () => {
    const items = board();
    const id = addIndicator(
      items,
      {
        kind: 'output',
        text: 'Besøk',
        baseline: '',
        target: '',
        dataSource: '',
        measuredBy: '',
        schedule: '',
      },
      by,
    );
    expect(updateCard(items, id, 'action', action)).toBe(false);
    expect(updateCard(items, 'missing', 'action', action)).toBe(false);
  });

  it('CARD-2: a deleted card comes back whole under its id with undo', () => {
    const items = board();
    const id = addActionCard(items, { ...action, owner: 'Kommunen' }, by);
    const fields = deleteItem(items, id);
    expect(items.has(id)).toBe(false);
    restoreItem(items, id, fields!);
    expect((items.get(id) as Y.Map<unknown>).toJSON()).toMatchObject({
      type: 'action',
      owner: 'Kommunen',
      author: 'p1',
    });
  });

  it('reads optional fields that are missing as empty', () => {
    expect(actionFields({ text: 'A' })).toEqual({
      text: 'A',
      owner: '',
      resources: '',
      dueDate: '',
      status: 'planned',
    });
  });
});
