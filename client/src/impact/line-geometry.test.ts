import { describe, expect, it } from 'vitest';
import { indicatorStatus, lineChart, parseNumber } from './line-geometry';

const frame = { width: 120, height: 60, padding: 10 };

describe('indicator line chart', () => {
  it('reads numbers out of a card’s free text', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('12,5 %')).toBe(12.5);
    expect(parseNumber('ca. 40 personer')).toBe(40);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('mange')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(7)).toBe(7);
  });

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

  it('says reached, on track, not yet or unknown', () => {
    const at = (value: number) => [{ value, date: '2026-01-01' }];
    expect(indicatorStatus(10, 50, at(50))).toBe('reached');
    expect(indicatorStatus(10, 50, at(30))).toBe('onTrack');
    expect(indicatorStatus(10, 50, at(5))).toBe('notYet');
    // Fewer is better when the target is below the baseline.
    expect(indicatorStatus(40, 10, at(8))).toBe('reached');
    expect(indicatorStatus(40, 10, at(30))).toBe('onTrack');
    expect(indicatorStatus(null, 10, at(3))).toBe('unknown');
    expect(indicatorStatus(1, 10, [])).toBe('unknown');
  });
});
