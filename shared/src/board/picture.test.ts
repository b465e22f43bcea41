import { describe, expect, it } from 'vitest';
import { CARD_STYLE, NOTE_EDGE, NOTE_FILLS } from './palette.js';
import { boardPictureOf, type ReadField } from './picture.js';

const read =
  (fields: Record<string, unknown>): ReadField =>
  (name) =>
    fields[name];
const box = { x: 10, y: 20, w: 100, h: 80 };

describe("the board's picture reads each kind's look from the kinds table (JOIN-7, KIND-1)", () => {
  it('draws notes in their colour, cards in their style, frames by phase; no connector, no words', () => {
    const picture = boardPictureOf([
      ['f', read({ type: 'frame', ...box, w: 2000, h: 1000, phase: 'explore' })],
      ['n1', read({ type: 'note', ...box, color: 'blue', text: 'Hemmelig' })],
      ['n2', read({ type: 'note', ...box, color: '#ffe066' })],
      ['n3', read({ type: 'note', ...box, color: 42 })],
      ['a', read({ type: 'action', ...box })],
      ['c', read({ type: 'connector', ...box })],
      ['t', read({ type: 'text', ...box, text: 'Overskrift' })],
      ['x', read({ type: 'no-such-kind', ...box })],
    ]);
    expect(picture.frames).toEqual([{ phase: 'explore', own: false, box: [10, 20, 2000, 1000] }]);
    expect(picture.layers).toEqual([
      { fill: NOTE_FILLS.blue, edge: NOTE_EDGE, boxes: [10, 20, 100, 80] },
      // Another client's colour in the palette colour nearest it; an unreadable one yellow.
      { fill: NOTE_FILLS.yellow, edge: NOTE_EDGE, boxes: [10, 20, 100, 80, 10, 20, 100, 80] },
      { fill: CARD_STYLE.action.fill, edge: CARD_STYLE.action.stroke, boxes: [10, 20, 100, 80] },
    ]);
    expect(picture.notes).toBe(3);
    expect(JSON.stringify(picture)).not.toMatch(/Hemmelig|Overskrift|n1/);
  });
});
