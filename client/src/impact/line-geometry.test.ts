import { describe, expect, it } from 'vitest';
import { lineChart } from './line-geometry';

const frame = { width: 120, height: 60, padding: 10 };

describe('indicator line chart', () => {
  it('goes baseline → measurements by date → target at even steps', () => {
    const chart = lineChart(
      frame,
      10,
      [
        { value: 30, date: '2026-06-01' },
        { value: 20, date: '2026-03-01' },
      ],
      50,
    );
    expect(chart?.points.map((p) => [p.kind, p.value])).toEqual([
      ['baseline', 10],
      ['measurement', 20],
      ['measurement', 30],
      ['target', 50],
    ]);
    expect(chart?.points.map((p) => p.x)).toEqual([10, 43.33, 76.67, 110]);
    // The smallest value at the bottom, the largest at the top.
    expect(chart?.points[0]?.y).toBe(50);
    expect(chart?.points[3]?.y).toBe(10);
    expect(chart?.path).toBe('M10,50 L43.33,40 L76.67,30');
    expect(chart?.toTarget).toBe('M76.67,30 L110,10');
  });

  it('draws a flat line in the middle and nothing without numbers', () => {
    const flat = lineChart(frame, 5, [], 5);
    expect(flat?.points.map((p) => p.y)).toEqual([30, 30]);
    expect(lineChart(frame, null, [], null)).toBeNull();
  });
});
