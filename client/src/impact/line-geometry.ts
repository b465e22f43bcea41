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

/** A number out of a card's free text ("12", "12,5 %", "ca. 40") or null when there is none. */
export function parseNumber(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (!text) return null;
  const match = /-?\d+(?:[.,]\d+)?/.exec(text.replace(/\s/g, ''));
  if (!match) return null;
  const value = Number(match[0].replace(',', '.'));
  return Number.isFinite(value) ? value : null;
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

export type IndicatorStatus = 'onTrack' | 'notYet' | 'reached' | 'unknown';

/**
 * Where an indicator stands: reached when the last measurement is at or past
 * the target (in the target's direction from the baseline), on track when it
 * has moved from the baseline towards the target, not yet otherwise; unknown
 * without numbers or measurements. The server's series reply says the same
 * for the series page; this is for the live console.
 */
export function indicatorStatus(
  baseline: number | null,
  target: number | null,
  measurements: readonly Measured[],
): IndicatorStatus {
  const last = [...measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (baseline === null || target === null || !last || baseline === target) return 'unknown';
  const direction = Math.sign(target - baseline);
  if ((last.value - target) * direction >= 0) return 'reached';
  if ((last.value - baseline) * direction > 0) return 'onTrack';
  return 'notYet';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
