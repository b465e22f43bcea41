import { describe, expect, it } from 'vitest';
import { BLOCK_PX } from './lod';
import { measureCount } from './text-layout';
import { planText } from './text-plan';

/** A context whose characters are half as wide as the font is tall. */
function fakeContext() {
  const ctx = {
    font: '10px x',
    measureText: (text: string) => ({ width: text.length * Number.parseFloat(ctx.font) * 0.5 }),
  };
  return ctx as unknown as CanvasRenderingContext2D;
}

const box = { x: 14, y: 14, w: 172, h: 172 };
const options = { max: 24, min: 9 };

describe('JOIN-5: a note too small on screen for a word is not laid out', () => {
  it('plans nothing and measures nothing for a box under BLOCK_PX on screen', () => {
    const ctx = fakeContext();
    const scale = (BLOCK_PX - 1) / box.w;
    const before = measureCount();
    const plan = planText(ctx, 'Ein tekst som aldri er målt før på dette brettet', box, options, {
      scale,
      step: scale,
    });
    expect(plan).toEqual({ kind: 'none' });
    expect(measureCount()).toBe(before);
  });

  it('still lays out the same box once it is large enough to read', () => {
    const ctx = fakeContext();
    const before = measureCount();
    const plan = planText(ctx, 'Ein annan tekst, lesbar no', box, options, { scale: 1, step: 1 });
    expect(plan.kind).toBe('lines');
    expect(measureCount()).toBeGreaterThan(before);
  });
});
