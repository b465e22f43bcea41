import { describe, expect, it } from 'vitest';
import { miniatureViewport } from './miniature';

describe('a frame drawn as a miniature', () => {
  it('shows the whole frame, centred, at the largest scale that fits', () => {
    const frame = { x: 1000, y: 2000, w: 1040, h: 760 };
    for (const [width, height] of [
      [200, 100],
      [100, 200],
      [1040, 760],
    ] as const) {
      const v = miniatureViewport(frame, width, height);
      const left = frame.x * v.scale + v.x;
      const top = frame.y * v.scale + v.y;
      const right = left + frame.w * v.scale;
      const bottom = top + frame.h * v.scale;
      expect(left).toBeGreaterThanOrEqual(-1e-9);
      expect(top).toBeGreaterThanOrEqual(-1e-9);
      expect(right).toBeLessThanOrEqual(width + 1e-9);
      expect(bottom).toBeLessThanOrEqual(height + 1e-9);
      // One side touches the edges: no smaller than it needs to be.
      expect(Math.max(right - left - width, bottom - top - height)).toBeCloseTo(0, 6);
      expect((left + right) / 2).toBeCloseTo(width / 2, 6);
      expect((top + bottom) / 2).toBeCloseTo(height / 2, 6);
    }
  });

  it('has no zoom floor: twenty frames on a projector are drawn below the canvas’s 5 %', () => {
    expect(miniatureViewport({ x: 0, y: 0, w: 10_000, h: 7_000 }, 100, 70).scale).toBeCloseTo(0.01);
  });
});
