import { describe, expect, it } from 'vitest';
import { BOARD_ITEM_VERSION, parseBoardItem } from './items.js';

const base = { x: 0, y: 0, w: 100, h: 80, phase: 'explore' };

describe('board item schemas', () => {
  it('accepts an image with an id and a text alternative', () => {
    const image = { type: 'image', ...base, imageId: 'abc_DEF-123', alt: 'Flipchart from group 2' };
    expect(parseBoardItem(image)).toEqual(image);
  });

  it('refuses an image id with characters that could escape the URL path', () => {
    expect(parseBoardItem({ type: 'image', ...base, imageId: '../x', alt: '' })).toBeNull();
    expect(parseBoardItem({ type: 'image', ...base, imageId: 'a'.repeat(65), alt: '' })).toBeNull();
  });

  it('refuses a text alternative over 500 characters', () => {
    expect(
      parseBoardItem({ type: 'image', ...base, imageId: 'a', alt: 'x'.repeat(501) }),
    ).toBeNull();
  });

  it('accepts items with the current version or none, and refuses an unknown version', () => {
    const note = { type: 'note', ...base, text: 'hi', color: 'yellow' };
    expect(parseBoardItem(note)).not.toBeNull();
    expect(parseBoardItem({ ...note, v: BOARD_ITEM_VERSION })).not.toBeNull();
    expect(parseBoardItem({ ...note, v: 99 })).toBeNull();
  });

  it('skips malformed items instead of throwing', () => {
    for (const raw of [null, 1, 'x', {}, { type: 'note' }, { ...base, type: 'nope' }]) {
      expect(parseBoardItem(raw)).toBeNull();
    }
  });
});
