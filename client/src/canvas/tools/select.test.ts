import { describe, expect, it } from 'vitest';
import { MIN_ITEM_SIZE } from '../geometry';
import { selectTool, type SelectState } from './select';
import { at, ctx, run, writes } from './tool-testing';

describe('select tool', () => {
  it('selects the item under a click and nothing else', () => {
    const { effects, state } = run(
      selectTool,
      [
        { type: 'down', ...at(50, 50, { hit: 'a' }) },
        { type: 'up', ...at(50, 50, { hit: 'a' }) },
      ],
      ctx(['b']),
    );
    expect(effects).toContainEqual({ type: 'select', ids: ['a'] });
    expect(writes(effects)).toEqual([]);
    expect(state.mode).toBe('idle');
  });

  it('adds and removes items with shift-click', () => {
    const added = run(
      selectTool,
      [{ type: 'down', ...at(50, 50, { hit: 'a', shift: true }) }],
      ctx(['b']),
    );
    expect(added.effects).toContainEqual({ type: 'select', ids: ['b', 'a'] });
    const removed = run(
      selectTool,
      [{ type: 'down', ...at(50, 50, { hit: 'a', shift: true }) }],
      ctx(['a', 'b']),
    );
    expect(removed.effects).toContainEqual({ type: 'select', ids: ['b'] });
  });

  it('moves the selection by the drag distance in one write at the end', () => {
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(50, 50, { hit: 'a' }) },
        { type: 'move', ...at(60, 55) },
        { type: 'move', ...at(80, 90) },
        { type: 'up', ...at(80, 90) },
      ],
      ctx(['a', 'b']),
    );
    expect(effects).toContainEqual({
      type: 'preview',
      preview: { kind: 'move', ids: ['a', 'b'], dx: 10, dy: 5 },
    });
    expect(writes(effects)).toEqual([{ type: 'move', ids: ['a', 'b'], dx: 30, dy: 40 }]);
    expect(effects.at(-2)).toEqual({ type: 'preview', preview: null });
  });

  it('does not move on a jitter smaller than the click slop', () => {
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(50, 50, { hit: 'a' }) },
        { type: 'move', ...at(52, 51) },
        { type: 'up', ...at(52, 51) },
      ],
      ctx(),
    );
    expect(writes(effects)).toEqual([]);
  });

  it('box-selects the items wholly inside the dragged box', () => {
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(-10, -10) },
        { type: 'move', ...at(150, 150) },
        { type: 'up', ...at(150, 150) },
      ],
      ctx(['b']),
    );
    expect(effects[0]).toEqual({ type: 'select', ids: [] });
    expect(effects).toContainEqual({ type: 'select', ids: ['a'] });
    expect(effects).toContainEqual({
      type: 'preview',
      preview: { kind: 'box', rect: { x: -10, y: -10, w: 160, h: 160 } },
    });
  });

  it('resizes the one selected item by its handle', () => {
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(100, 100, { handle: 'se', hit: 'a' }) },
        { type: 'move', ...at(150, 120) },
        { type: 'up', ...at(150, 120) },
      ],
      ctx(['a']),
    );
    expect(writes(effects)).toEqual([
      { type: 'resize', rects: new Map([['a', { x: 0, y: 0, w: 150, h: 120 }]]) },
    ]);
  });

  it('resizes all selected items with the selection’s box, in proportion, as one write', () => {
    // a (0,0 100×100) and b (200,0 100×100): the box is 300×100. Drag its south-east
    // corner from (300,100) to (600,150): twice as wide, one and a half times as high.
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(300, 100, { handle: 'se' }) },
        { type: 'move', ...at(450, 120) },
        { type: 'move', ...at(600, 150) },
        { type: 'up', ...at(600, 150) },
      ],
      ctx(['a', 'b', 'link']),
    );
    const expected = new Map([
      ['a', { x: 0, y: 0, w: 200, h: 150 }],
      ['b', { x: 400, y: 0, w: 200, h: 150 }],
    ]);
    // The preview shows every item live; the connector is left to follow.
    expect(effects).toContainEqual({
      type: 'preview',
      preview: { kind: 'resize', rects: expected },
    });
    expect(writes(effects)).toEqual([{ type: 'resize', rects: expected }]);
  });

  it('from the north-west handle the opposite corner of the box stays put', () => {
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(0, 0, { handle: 'nw' }) },
        { type: 'up', ...at(150, 50) },
      ],
      ctx(['a', 'b']),
    );
    // The box 300×100 becomes 150×50 anchored at (300,100).
    expect(writes(effects)).toEqual([
      {
        type: 'resize',
        rects: new Map([
          ['a', { x: 150, y: 50, w: 50, h: 50 }],
          ['b', { x: 250, y: 50, w: 50, h: 50 }],
        ]),
      },
    ]);
  });

  it('a group resize shrinks no item below the minimum size', () => {
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(300, 100, { handle: 'se' }) },
        { type: 'up', ...at(-500, -500) },
      ],
      ctx(['a', 'b']),
    );
    const [write] = writes(effects);
    const resized = write?.type === 'resize' ? [...write.rects.values()] : [];
    expect(resized).toHaveLength(2);
    for (const r of resized) expect(Math.min(r.w, r.h)).toBeGreaterThanOrEqual(MIN_ITEM_SIZE);
  });

  it('a selection of only connectors has nothing to resize', () => {
    const { effects, state } = run(
      selectTool,
      [
        { type: 'down', ...at(0, 0, { handle: 'se' }) },
        { type: 'up', ...at(50, 50) },
      ],
      ctx(['link']),
    );
    expect(writes(effects)).toEqual([]);
    expect(state).toEqual({ mode: 'idle' });
  });

  it('opens the editor on a double click', () => {
    const { effects } = run(
      selectTool,
      [{ type: 'down', ...at(50, 50, { hit: 'a', clicks: 2 }) }],
      ctx(),
    );
    expect(effects).toContainEqual({ type: 'edit', id: 'a' });
  });

  it('selects but never moves or resizes on a locked board', () => {
    const locked = ctx(['a'], { readOnly: true });
    const { effects } = run(
      selectTool,
      [
        { type: 'down', ...at(100, 100, { hit: 'a', handle: 'se' }) },
        { type: 'move', ...at(180, 180) },
        { type: 'up', ...at(180, 180) },
      ],
      locked,
    );
    expect(writes(effects)).toEqual([]);
  });

  it('cancel drops the gesture and its preview', () => {
    const moving: SelectState = { mode: 'moving', start: { x: 0, y: 0 }, ids: ['a'], dx: 5, dy: 5 };
    const { state, effects } = run(selectTool, [{ type: 'cancel' }], ctx(), moving);
    expect(state).toEqual({ mode: 'idle' });
    expect(effects).toEqual([{ type: 'preview', preview: null }]);
  });
});
