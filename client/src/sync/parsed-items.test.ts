import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parsedItemsOf } from './parsed-items';

function note(text: string, createdAt: number): Y.Map<unknown> {
  return new Y.Map<unknown>(
    Object.entries({
      type: 'note',
      x: 0,
      y: 0,
      w: 200,
      h: 200,
      phase: 'explore',
      color: 'yellow',
      text,
      createdAt,
    }),
  );
}

function board(count: number) {
  const doc = new Y.Doc();
  const items = doc.getMap<unknown>('items');
  doc.transact(() => {
    for (let i = 0; i < count; i++) items.set(`n${i}`, note(`note ${i}`, i));
  });
  return items;
}

describe('ParsedBoardItems', () => {
  it('JOIN-3: every reader of a board shares one parse, and an edit re-parses only its item', () => {
    const items = board(50);
    expect(parsedItemsOf(items)).toBe(parsedItemsOf(items));
    const before = parsedItemsOf(items).getSnapshot();
    expect(parsedItemsOf(items).getSnapshot()).toBe(before);
    expect(before.items.map((entry) => entry.id).slice(0, 3)).toEqual(['n0', 'n1', 'n2']);

    (items.get('n7') as Y.Map<unknown>).set('text', 'changed');
    const after = parsedItemsOf(items).getSnapshot();
    expect(after).not.toBe(before);
    expect(after.items[7]?.item).toMatchObject({ text: 'changed' });
    // Untouched items keep their parsed objects: nothing else was read again.
    after.items.forEach((entry, i) => {
      if (i !== 7) expect(entry).toBe(before.items[i]);
    });
  });

  it('JOIN-3: added, deleted and malformed items are seen by the next read', () => {
    const items = board(3);
    const parsed = parsedItemsOf(items);
    let woken = 0;
    parsed.subscribe(() => (woken += 1));
    items.delete('n1');
    items.set('bad', new Y.Map<unknown>([['type', 'note']]));
    items.set('n9', note('late', 9));
    expect(woken).toBe(3);
    const snapshot = parsed.getSnapshot();
    expect(snapshot.items.map((entry) => entry.id)).toEqual(['n0', 'n2', 'n9']);
    expect(snapshot.malformed).toBe(1);
    expect(parsed.item('n1')).toBeUndefined();
    expect(parsed.item('bad')).toBeNull();
  });

  it('JOIN-11: tells which items changed, before the snapshot readers, and once for everything held', () => {
    const items = board(3);
    const parsed = parsedItemsOf(items);
    const told: string[][] = [];
    const order: string[] = [];
    parsed.subscribeChanges((ids) => {
      told.push([...ids].sort());
      order.push('changes');
    });
    parsed.subscribe(() => order.push('snapshot'));
    (items.get('n1') as Y.Map<unknown>).set('text', 'edited');
    expect(told).toEqual([['n1']]);
    expect(order).toEqual(['changes', 'snapshot']);

    const release = parsed.hold();
    items.set('n5', note('added', 5));
    items.delete('n0');
    expect(told).toHaveLength(1);
    release();
    expect(told).toEqual([['n1'], ['n0', 'n5']]);
    expect(parsed.item('n0')).toBeUndefined();
    expect(parsed.item('n5')).toMatchObject({ text: 'added' });
  });
});
