import { describe, expect, it } from 'vitest';
import { connectorTool } from './connector';
import { frameTool, shapeTool } from './draft';
import { handTool } from './hand';
import { penTool } from './pen';
import { noteTool } from './place';
import { at, ctx, run, writes } from './tool-testing';

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
