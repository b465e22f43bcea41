import { describe, expect, it } from 'vitest';
import { headlineLayout } from './headline';
import { HEADLINE_PX } from './lod';
import { layoutText, measureCount } from './text-layout';

/** A context whose characters are half as wide as the font is tall. */
function fakeContext() {
  const ctx = {
    font: '10px x',
    measureText: (text: string) => ({ width: text.length * Number.parseFloat(ctx.font) * 0.5 }),
  };
  return ctx as unknown as CanvasRenderingContext2D;
}

const NOTE_TEXT = 'Tiltak for bedre kollektivtransport til skolen og fritidsaktiviteter';
const box = { x: 14, y: 14, w: 172, h: 172 };

describe('LOD-3: the fitted headline of a note', () => {
  it('draws the first words larger than the full text would be', () => {
    const ctx = fakeContext();
    const full = layoutText(ctx, NOTE_TEXT, box.w, box.h, { max: 24, min: 9 });
    const headline = headlineLayout(ctx, NOTE_TEXT, box, 0.25)!;
    expect(headline.fontSize).toBeGreaterThan(full.fontSize);
    expect(headline.lines.join(' ')).toMatch(/^Tiltak for/);
  });

  it('is at least HEADLINE_PX on screen at the scale it was laid out for', () => {
    const ctx = fakeContext();
    for (const step of [0.07, 0.1, 0.15, 0.25]) {
      const headline = headlineLayout(ctx, NOTE_TEXT, box, step);
      if (headline) expect(headline.fontSize * step).toBeGreaterThanOrEqual(HEADLINE_PX - 1e-9);
    }
  });

  it('fits its box', () => {
    const ctx = fakeContext();
    const headline = headlineLayout(ctx, NOTE_TEXT, box, 0.12)!;
    expect(headline.lines.length * headline.lineHeight).toBeLessThanOrEqual(box.h + 1e-9);
    for (const line of headline.lines)
      expect(line.length * headline.fontSize * 0.5).toBeLessThanOrEqual(box.w);
  });

  it('is nothing where the box cannot hold a word at a readable size', () => {
    expect(headlineLayout(fakeContext(), NOTE_TEXT, box, 0.02)).toBeNull();
    expect(headlineLayout(fakeContext(), '', box, 0.25)).toBeNull();
  });

  it('measures each word once, not once per frame or per note', () => {
    const ctx = fakeContext();
    // Both zoom steps seen once: every word (and cut line) is measured then.
    headlineLayout(ctx, 'Ny gangbro over elva', box, 0.2);
    headlineLayout(ctx, 'Ny gangbro over elva', box, 0.2 * 2 ** 0.25);
    const before = measureCount();
    for (let i = 0; i < 50; i++) {
      headlineLayout(ctx, 'Ny gangbro over elva', { ...box, x: i * 224 }, 0.2);
      headlineLayout(ctx, 'Ny gangbro over elva', box, 0.2 * 2 ** 0.25);
      layoutText(ctx, `Ny gangbro over elva ${i % 2 ? 'nå' : 'snart'}`, 172, 172, {
        max: 24,
        min: 9,
      });
    }
    // Only the two new words.
    expect(measureCount() - before).toBe(2);
  });
});
