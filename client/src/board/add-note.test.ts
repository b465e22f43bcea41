import { parseBoardItem } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote } from './add-note';
import { gridPosition } from './placement';

describe('addNote', () => {
  it('writes a note that passes the shared item schema, in one transaction', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));

    const id = addNote(items, {
      text: 'Bussen går for sjelden',
      phase: 'explore',
      author: 'p1',
      authorRole: 'innbygger',
      now: 5,
    });

    expect(transactions).toBe(1);
    const stored = items.get(id);
    expect(stored).toBeInstanceOf(Y.Map);
    expect(parseBoardItem((stored as Y.Map<unknown>).toJSON())).toEqual({
      type: 'note',
      text: 'Bussen går for sjelden',
      color: 'yellow',
      phase: 'explore',
      x: 40,
      y: 300,
      w: 200,
      h: 200,
      createdAt: 5,
      author: 'p1',
      authorRole: 'innbygger',
    });
  });

  it('leaves authorRole out for someone without a role, and places notes in a grid in their phase’s frame', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    addNote(items, { text: 'elsewhere', phase: 'explore', author: 'f', authorRole: null });
    for (let i = 0; i < 4; i += 1)
      addNote(items, { text: `n${i}`, phase: 'design', author: 'f', authorRole: null });
    const fifth = items.get(
      addNote(items, { text: 'n4', phase: 'design', author: 'f', authorRole: null }),
    );
    const json = (fifth as Y.Map<unknown>).toJSON();
    expect(json).not.toHaveProperty('authorRole');
    expect({ x: json.x, y: json.y }).toEqual(gridPosition('design', 4));
    // The design frame is the second of four, side by side.
    expect(gridPosition('design', 4)).toEqual({ x: 1800 + 40 + 4 * 224, y: 300 });
    expect(gridPosition('design', 6)).toEqual({ x: 1800 + 40, y: 300 + 224 });
  });
});
