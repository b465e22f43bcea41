import { describe, expect, it } from 'vitest';
import { layoutText } from './text-layout';

/** A context whose characters are half as wide as the font is tall. */
function fakeContext() {
  const ctx = {
    font: '10px x',
    measureText: (text: string) => ({ width: text.length * Number.parseFloat(ctx.font) * 0.5 }),
  };
  return ctx as unknown as CanvasRenderingContext2D;
}

describe('text that shrinks to fit', () => {
  it('keeps the largest size when the text fits', () => {
    const layout = layoutText(fakeContext(), 'Kort', 200, 200, { max: 24, min: 9 });
    expect(layout.fontSize).toBe(24);
    expect(layout.lines).toEqual(['Kort']);
  });

  it('shrinks the font before it breaks a long word', () => {
    const layout = layoutText(fakeContext(), 'kollektivtransport', 150, 200, { max: 24, min: 9 });
    expect(layout.fontSize).toBeLessThan(24);
    expect(layout.lines).toEqual(['kollektivtransport']);
  });

  it('cuts with an ellipsis what does not fit at the smallest size', () => {
    const long = Array.from({ length: 200 }, () => 'ord').join(' ');
    const layout = layoutText(fakeContext(), long, 100, 40, { max: 24, min: 9 });
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(40);
    expect(layout.lines.at(-1)).toMatch(/…$/);
  });
});
