import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { groupNotePlace } from './group-place';

describe('groupNotePlace', () => {
  it('puts a member’s next note inside their group’s frame, after the group’s notes', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    const frame = { x: 1000, y: 2000, w: 1040, h: 760 };
    const first = groupNotePlace(items, 'g1', frame);
    expect(first.group).toBe('g1');
    expect(first.x).toBeGreaterThanOrEqual(frame.x);
    expect(first.y).toBeGreaterThanOrEqual(frame.y);
    expect(first.x + 200).toBeLessThanOrEqual(frame.x + frame.w);
    expect(first.y + 200).toBeLessThanOrEqual(frame.y + frame.h);
    items.set(
      'n1',
      new Y.Map<unknown>([
        ['group', 'g1'],
        ['type', 'note'],
      ]),
    );
    items.set(
      'other',
      new Y.Map<unknown>([
        ['group', 'g2'],
        ['type', 'note'],
      ]),
    );
    const second = groupNotePlace(items, 'g1', frame);
    expect(second.x).toBeGreaterThan(first.x);
    expect(second.y).toBe(first.y);
  });
});
