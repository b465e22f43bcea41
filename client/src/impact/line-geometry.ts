/**
 * The geometry of an indicator's small line chart: the baseline first, the
 * measurements in date order, the target last. Apart from React so it can be
 * tested and drawn in the console and on the series page alike.
 */

export interface LinePoint {
  kind: 'baseline' | 'measurement' | 'target';
  value: number;
  /** 'YYYY-MM-DD' for a measurement. */
  date?: string;
  x: number;
  y: number;
}

export interface LineFrame {
  width: number;
  height: number;
  /** Room inside the edges for the dots and their labels. */
  padding: number;
}

export interface LineChart {
  /** The path through baseline and measurements (the target is drawn apart, dashed). */
  path: string;
  /** The dashed line from the last known value to the target. */
  toTarget: string | null;
  points: LinePoint[];
  min: number;
  max: number;
}

export interface Measured {
  value: number;
  date: string;
}

/**
 * Baseline → measurements (by date) → target, placed at even steps across
 * the width (dates in a case are months apart and unevenly so; even steps
 * keep every dot readable), values scaled between the smallest and the
 * largest of them all. Null when there is nothing to draw.
 */
export function lineChart(
  frame: LineFrame,
  baseline: number | null,
  measurements: readonly Measured[],
  target: number | null,
): LineChart | null {
  const sorted = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const raw: Omit<LinePoint, 'x' | 'y'>[] = [
    ...(baseline === null ? [] : [{ kind: 'baseline' as const, value: baseline }]),
    ...sorted.map((m) => ({ kind: 'measurement' as const, value: m.value, date: m.date })),
    ...(target === null ? [] : [{ kind: 'target' as const, value: target }]),
  ];
  if (raw.length === 0) return null;
  const values = raw.map((p) => p.value);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const inner = { w: frame.width - 2 * frame.padding, h: frame.height - 2 * frame.padding };
  const step = raw.length > 1 ? inner.w / (raw.length - 1) : 0;
  const points = raw.map((p, index) => ({
    ...p,
    x: round(frame.padding + (raw.length > 1 ? index * step : inner.w / 2)),
    y: round(frame.padding + inner.h - ((p.value - min) / (max - min)) * inner.h),
  }));
  const known = points.filter((p) => p.kind !== 'target');
  const path = known.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
  const last = known.at(-1);
  const goal = points.find((p) => p.kind === 'target');
  const toTarget = last && goal ? `M${last.x},${last.y} L${goal.x},${goal.y}` : null;
  return { path, toTarget, points, min, max };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
