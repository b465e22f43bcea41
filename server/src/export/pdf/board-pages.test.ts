import { describe, expect, it } from 'vitest';
import { MIN_SCALE, planPages } from './board-pages.js';

describe('planPages', () => {
  it('gives no page to a part of a tall phase that holds no item', () => {
    // A frame far taller than a page at the legible scale, notes only at its top.
    const region = { x: 0, y: 0, w: 1200, h: 600 / MIN_SCALE };
    const notes = [
      { x: 20, y: 20, w: 160, h: 120 },
      { x: 200, y: 20, w: 160, h: 120 },
    ];
    const plan = planPages(region, notes);
    expect(plan.parts.length).toBe(1);
    expect(plan.parts[0]!.y).toBe(0);
  });

  it('keeps every part that holds an item', () => {
    const region = { x: 0, y: 0, w: 1200, h: 1200 / MIN_SCALE };
    const notes = [
      { x: 20, y: 20, w: 160, h: 120 },
      { x: 20, y: region.h - 200, w: 160, h: 120 },
    ];
    const plan = planPages(region, notes);
    expect(plan.parts.length).toBeGreaterThan(1);
    for (const note of notes)
      expect(plan.parts.some((p) => p.y <= note.y && note.y + note.h <= p.y + p.h)).toBe(true);
  });
});
