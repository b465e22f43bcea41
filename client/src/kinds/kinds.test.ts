import { ITEM_KINDS, type BoardItem } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_KINDS, isContainer, isLink, kindOf, makeFromTool } from './index';

/** Every kind the shared kinds table lists. */
function sharedKinds(): string[] {
  return ITEM_KINDS.map((kind) => kind.type);
}

function fakeContext() {
  const texts: string[] = [];
  const noop = () => {};
  const ctx = new Proxy(
    {
      font: '10px x',
      measureText: (text: string) => ({ width: text.length * 5 }),
      fillText: (text: string) => texts.push(text),
    } as Record<string | symbol, unknown>,
    { get: (target, key) => (key in target ? target[key] : noop), set: () => true },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

const base = { x: 0, y: 0, w: 240, h: 200, phase: 'explore' } as const;
const samples: BoardItem[] = [
  { ...base, type: 'note', text: 'Trygg skolevei', color: 'yellow' },
  { ...base, type: 'text', text: 'Overskrift' },
  { ...base, type: 'shape', shape: 'ellipse', text: 'Sirkel' },
  { ...base, type: 'connector', from: 'a', to: 'b' },
  { ...base, type: 'frame', title: 'Utforske' },
  { ...base, type: 'drawing', points: [0, 0, 10, 10] },
  {
    ...base,
    type: 'action',
    v: 2,
    text: 'Gåbuss',
    owner: 'FAU',
    resources: '',
    dueDate: '',
    status: 'underway',
  },
  {
    ...base,
    type: 'indicator',
    v: 2,
    kind: 'output',
    text: 'Barn som går',
    baseline: '20',
    target: '60',
    dataSource: 'Ungdata',
    measuredBy: 'Skolen',
    schedule: 'Hver vår',
  },
  { ...base, type: 'image', imageId: 'img1', alt: 'Et bilde av tavla' },
];

describe('the kinds table', () => {
  it('KINDUI-1: every kind of board item the shared schema knows has a client module', () => {
    for (const type of sharedKinds()) {
      expect(CLIENT_KINDS, `no client module for ${type}`).toHaveProperty(type);
      expect(CLIENT_KINDS[type as keyof typeof CLIENT_KINDS].type).toBe(type);
    }
  });

  it('KINDUI-1: each module draws its kind without throwing and names it for a screen reader', () => {
    for (const item of samples) {
      const { ctx } = fakeContext();
      const kind = kindOf(item);
      expect(() => kind.draw(ctx, item, item, { images: new Map() })).not.toThrow();
    }
  });

  it('gives each kind its words: text, title or text alternative', () => {
    const words = samples.map((item) => kindOf(item).words(item));
    expect(words).toEqual([
      'Trygg skolevei',
      'Overskrift',
      'Sirkel',
      '',
      'Utforske',
      '',
      'Gåbuss',
      'Barn som går',
      'Et bilde av tavla',
    ]);
  });

  it('knows links and containers by placement, not by name', () => {
    expect(samples.filter(isLink).map((i) => i.type)).toEqual(['connector']);
    expect(samples.filter(isContainer).map((i) => i.type)).toEqual(['frame']);
  });

  it('edits in place only what has words', () => {
    const editable = samples.filter((item) => kindOf(item).edit).map((item) => item.type);
    expect(editable).toEqual(['note', 'text', 'shape', 'frame', 'action', 'indicator', 'image']);
  });

  it('lists in a phase neither frames, template prompts nor the produce cards', () => {
    const listed = samples.filter((item) => kindOf(item).listed('x', item)).map((i) => i.type);
    expect(listed).toEqual(['note', 'text', 'shape', 'connector', 'drawing', 'image']);
    const prompt = samples[1]!;
    expect(kindOf(prompt).listed('prompt-explore-1', prompt)).toBe(false);
  });
});

describe('items made with a canvas tool', () => {
  const env = {
    color: 'pink' as const,
    shape: 'ellipse' as const,
    rectOf: (id: string) =>
      id === 'a'
        ? { x: 0, y: 0, w: 10, h: 10 }
        : id === 'b'
          ? { x: 90, y: 40, w: 10, h: 10 }
          : null,
  };

  it("KINDUI-6: each tool's kind makes its own fields; the board only stamps them", () => {
    expect(makeFromTool({ kind: 'note', at: { x: 100, y: 100 } }, env)).toEqual({
      rect: { x: 0, y: 0, w: 200, h: 200 },
      fields: { text: '', color: 'pink' },
    });
    expect(makeFromTool({ kind: 'shape', rect: { x: 1, y: 2, w: 3, h: 4 } }, env)?.fields).toEqual({
      shape: 'ellipse',
      text: '',
    });
    expect(makeFromTool({ kind: 'frame', rect: { x: 1, y: 2, w: 3, h: 4 } }, env)?.fields).toEqual({
      title: '',
    });
    expect(makeFromTool({ kind: 'drawing', points: [10, 20, 30, 60] }, env)).toEqual({
      rect: { x: 10, y: 20, w: 20, h: 40 },
      fields: { points: [0, 0, 20, 40] },
    });
    expect(makeFromTool({ kind: 'connector', from: 'a', to: 'b' }, env)).toEqual({
      rect: { x: 0, y: 0, w: 100, h: 50 },
      fields: { from: 'a', to: 'b' },
    });
  });

  it('KINDUI-6: a connector whose end is gone is not made', () => {
    expect(makeFromTool({ kind: 'connector', from: 'a', to: 'gone' }, env)).toBeNull();
  });
});
