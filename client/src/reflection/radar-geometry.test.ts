import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  axisLabels,
  formatChange,
  formatMean,
  radarPoint,
  radarPolygon,
  radarRings,
} from './radar-geometry';

const frame = { cx: 100, cy: 100, radius: 50 };

describe('radar geometry', () => {
  it('puts the first axis straight up and the rest clockwise', () => {
    expect(axisAngle(0, 4)).toBeCloseTo(-Math.PI / 2);
    expect(radarPoint(frame, 0, 4, 5)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(frame, 1, 4, 5)).toEqual({ x: 150, y: 100 });
    expect(radarPoint(frame, 2, 4, 5)).toEqual({ x: 100, y: 150 });
    expect(radarPoint(frame, 3, 4, 5)).toEqual({ x: 50, y: 100 });
  });

  it('scales a mean from the centre (0) to the rim (5), clamped', () => {
    expect(radarPoint(frame, 0, 4, 2.5)).toEqual({ x: 100, y: 75 });
    expect(radarPoint(frame, 0, 4, 9)).toEqual({ x: 100, y: 50 });
    expect(radarPoint(frame, 0, 4, -1)).toEqual({ x: 100, y: 100 });
  });

  it('draws a field nobody answered at the centre, keeping the polygon closed', () => {
    expect(radarPolygon(frame, [5, null, 5, 5])).toBe('100,50 100,100 100,150 50,100');
  });

  it('has one ring per scale step, the outermost at the rim', () => {
    const rings = radarRings(frame, 4);
    expect(rings.map((r) => r.level)).toEqual([1, 2, 3, 4, 5]);
    expect(rings[4]?.points).toBe('100,50 150,100 100,150 50,100');
  });

  it('anchors labels away from the chart', () => {
    const labels = axisLabels(frame, 4, 10);
    expect(labels[0]).toMatchObject({ x: 100, y: 40, anchor: 'middle', baseline: 'auto' });
    expect(labels[1]).toMatchObject({ anchor: 'start', baseline: 'middle' });
    expect(labels[2]).toMatchObject({ anchor: 'middle', baseline: 'hanging' });
    expect(labels[3]).toMatchObject({ anchor: 'end', baseline: 'middle' });
  });

  it('writes means with one decimal in the language, and signed changes', () => {
    expect(formatMean(3.25, 'nb')).toBe('3,3');
    expect(formatMean(3.25, 'en')).toBe('3.3');
    expect(formatChange(3.4, 3, 'en')).toBe('+0.4');
    expect(formatChange(2.8, 3, 'nb')).toBe('−0,2');
    expect(formatChange(3, 3, 'en')).toBe('±0.0');
    expect(formatChange(3, undefined, 'en')).toBeNull();
    expect(formatChange(null, 3, 'en')).toBeNull();
  });
});
