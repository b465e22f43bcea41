import { describe, expect, it } from 'vitest';
import { MIN_ITEM_SIZE, type Rect } from '../geometry';
import { connectorTool } from './connector';
import { frameTool, shapeTool } from './draft';
import { handTool } from './hand';
import { penTool } from './pen';
import { noteTool } from './place';
import { selectTool, type SelectState } from './select';
import type { PointerInput, Tool, ToolContext, ToolEffect, ToolEvent } from './types';

const rects: Record<string, Rect> = {
  a: { x: 0, y: 0, w: 100, h: 100 },
  b: { x: 200, y: 0, w: 100, h: 100 },
  line: { x: 0, y: 0, w: 300, h: 0 },
};

function ctx(selection: string[] = [], extra: Partial<ToolContext> = {}): ToolContext {
  return {
    selection,
    scale: 1,
    readOnly: false,
    rectOf: (id) => rects[id],
    idsInside: (area) =>
      Object.entries(rects)
        .filter(
          ([id, r]) =>
            id !== 'line' &&
            r.x >= area.x &&
            r.y >= area.y &&
            r.x + r.w <= area.x + area.w &&
            r.y + r.h <= area.y + area.h,
        )
        .map(([id]) => id),
    dragSet: (ids) => [...ids],
    // 'link' plays a connector: it follows its ends and is never resized.
    resizeSet: (ids) => ids.filter((id) => id !== 'link'),
    connectable: (id) => id !== 'line',
    ...extra,
  };
}

function at(x: number, y: number, more: Partial<PointerInput> = {}): PointerInput {
  return {
    world: { x, y },
    screen: { x, y },
    shift: false,
    hit: null,
    handle: null,
    clicks: 1,
    ...more,
  };
}

/** Run events through a tool; returns the final state and every effect, in order. */
function run<S>(tool: Tool<S>, events: ToolEvent[], context: ToolContext, from: S = tool.initial) {
  let state = from;
  const effects: ToolEffect[] = [];
  for (const event of events) {
    const step = tool.transition(state, event, context);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const writes = (effects: ToolEffect[]) =>
  effects.filter((e) => e.type === 'move' || e.type === 'resize' || e.type === 'create');

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

describe('hand tool', () => {
  it('pans by the pointer travel in screen pixels', () => {
    const { effects } = run(
      handTool,
      [
        { type: 'down', ...at(10, 10) },
        { type: 'move', ...at(30, 5) },
        { type: 'move', ...at(35, 5) },
        { type: 'up', ...at(35, 5) },
      ],
      ctx(),
    );
    expect(effects).toEqual([
      { type: 'pan', dx: 20, dy: -5 },
      { type: 'pan', dx: 5, dy: 0 },
    ]);
  });
});

describe('note tool', () => {
  it('places a note where clicked', () => {
    const { effects } = run(
      noteTool,
      [
        { type: 'down', ...at(400, 300) },
        { type: 'up', ...at(400, 300) },
      ],
      ctx(),
    );
    expect(effects).toEqual([{ type: 'create', spec: { kind: 'note', at: { x: 400, y: 300 } } }]);
  });

  it('places nothing on a locked board or after a drag', () => {
    expect(
      run(
        noteTool,
        [
          { type: 'down', ...at(0, 0) },
          { type: 'up', ...at(0, 0) },
        ],
        ctx([], { readOnly: true }),
      ).effects,
    ).toEqual([]);
    expect(
      run(
        noteTool,
        [
          { type: 'down', ...at(0, 0) },
          { type: 'up', ...at(90, 0) },
        ],
        ctx(),
      ).effects,
    ).toEqual([]);
  });
});

describe('shape and frame tools', () => {
  it('make the dragged box', () => {
    const { effects } = run(
      shapeTool,
      [
        { type: 'down', ...at(100, 100) },
        { type: 'move', ...at(50, 160) },
        { type: 'up', ...at(50, 160) },
      ],
      ctx(),
    );
    expect(writes(effects)).toEqual([
      { type: 'create', spec: { kind: 'shape', rect: { x: 50, y: 100, w: 50, h: 60 } } },
    ]);
  });

  it('make a default-sized box centred on a click', () => {
    const { effects } = run(
      frameTool,
      [
        { type: 'down', ...at(1000, 1000) },
        { type: 'up', ...at(1000, 1000) },
      ],
      ctx(),
    );
    expect(writes(effects)).toEqual([
      { type: 'create', spec: { kind: 'frame', rect: { x: 600, y: 700, w: 800, h: 600 } } },
    ]);
  });
});

describe('pen tool', () => {
  it('turns a stroke into one drawing with its points', () => {
    const { effects } = run(
      penTool,
      [
        { type: 'down', ...at(0, 0) },
        { type: 'move', ...at(10, 0) },
        { type: 'move', ...at(10.5, 0) },
        { type: 'move', ...at(20, 10) },
        { type: 'up', ...at(20, 10) },
      ],
      ctx(),
    );
    expect(writes(effects)).toEqual([
      { type: 'create', spec: { kind: 'drawing', points: [0, 0, 10, 0, 20, 10] } },
    ]);
  });

  it('makes nothing of a single dot', () => {
    expect(
      writes(
        run(
          penTool,
          [
            { type: 'down', ...at(0, 0) },
            { type: 'up', ...at(0, 0) },
          ],
          ctx(),
        ).effects,
      ),
    ).toEqual([]);
  });
});

describe('connector tool', () => {
  it('joins the item where the drag starts to the item where it ends', () => {
    const { effects } = run(
      connectorTool,
      [
        { type: 'down', ...at(50, 50, { hit: 'a' }) },
        { type: 'move', ...at(250, 50, { hit: 'b' }) },
        { type: 'up', ...at(250, 50, { hit: 'b' }) },
      ],
      ctx(),
    );
    expect(effects).toContainEqual({
      type: 'preview',
      preview: { kind: 'link', from: 'a', to: { x: 250, y: 50 }, target: 'b' },
    });
    expect(writes(effects)).toEqual([
      { type: 'create', spec: { kind: 'connector', from: 'a', to: 'b' } },
    ]);
  });

  it('makes nothing when released on empty space, on the same item or on a connector', () => {
    for (const hit of [null, 'a', 'line']) {
      const { effects } = run(
        connectorTool,
        [
          { type: 'down', ...at(50, 50, { hit: 'a' }) },
          { type: 'up', ...at(250, 50, { hit }) },
        ],
        ctx(),
      );
      expect(writes(effects)).toEqual([]);
    }
  });
});
