import { describe, expect, it } from 'vitest';
import { CARD_FONT, screenGrid } from './screen-grid';

/** The group frame the server lays out is 1040 × 760 board units. */
const aspect = 1040 / 760;

describe('the shared screen’s grid of groups', () => {
  // The board's area on a 1920×1080 and a 1280×720 projector, the side column taken off.
  const spaces = [
    { width: 1500, height: 820 },
    { width: 900, height: 520 },
  ];

  it('fits every group from 1 to 20 without scrolling, with a miniature in each', () => {
    for (const space of spaces) {
      for (let n = 1; n <= 20; n++) {
        const grid = screenGrid(n, { ...space, aspect, gap: 12 });
        expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(n);
        const cellW = (space.width - 12 * (grid.columns - 1)) / grid.columns;
        const cellH = (space.height - 12 * (grid.rows - 1)) / grid.rows;
        expect(grid.miniature.w).toBeLessThanOrEqual(cellW);
        expect(grid.miniature.h + grid.fontPx * 2).toBeLessThanOrEqual(cellH);
        expect(grid.miniature.w).toBeGreaterThan(60);
        expect(grid.fontPx).toBeGreaterThanOrEqual(CARD_FONT.min);
      }
    }
  });

  it('keeps the frame’s shape and leaves no empty row', () => {
    const grid = screenGrid(8, { width: 1500, height: 820, aspect });
    expect(Math.abs(grid.miniature.w / grid.miniature.h - aspect)).toBeLessThan(0.05);
    expect((grid.rows - 1) * grid.columns).toBeLessThan(8);
  });

  it('uses wide rows on a wide screen: two groups side by side, twenty in five columns or more', () => {
    expect(screenGrid(2, { width: 1500, height: 820, aspect }).columns).toBe(2);
    expect(screenGrid(20, { width: 1500, height: 820, aspect }).columns).toBeGreaterThanOrEqual(5);
  });

  it('gives a group’s floor a line of its own on big cards, a badge by the name on small ones', () => {
    expect(screenGrid(4, { width: 1500, height: 820, aspect }).floor).toBe('line');
    const dense = screenGrid(20, { width: 900, height: 520, aspect });
    expect(dense.floor).toBe('badge');
    expect(dense.miniature.w).toBeGreaterThan(60);
  });
});
