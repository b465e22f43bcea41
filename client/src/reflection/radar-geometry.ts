/**
 * The geometry of the reflection's radar (spider) chart, apart from React so
 * it can be tested and reused by the console, the shared screen and the series
 * page. One axis per field, the first pointing up, the rest clockwise; the
 * scale runs from 0 at the centre to 5 at the rim, so a mean of 1 (the lowest
 * answer) still sits visibly off the centre.
 */

/** The answers' scale: 1 (not at all) … 5 (fully). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export interface RadarFrame {
  cx: number;
  cy: number;
  /** The rim's radius: a value of SCALE_MAX. */
  radius: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The angle of axis `index` of `count`, in radians: the first straight up, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);
}

/** Where `value` (clamped to 0..SCALE_MAX) lies on axis `index`. */
export function radarPoint(frame: RadarFrame, index: number, count: number, value: number): Point {
  const clamped = Math.min(SCALE_MAX, Math.max(0, value));
  const r = (clamped / SCALE_MAX) * frame.radius;
  const angle = axisAngle(index, count);
  return { x: round(frame.cx + r * Math.cos(angle)), y: round(frame.cy + r * Math.sin(angle)) };
}

/**
 * The `points` attribute of a profile's polygon. A field without a value
 * (null: nobody answered it) is drawn at the centre so the shape stays closed;
 * the table twin says "no answers" for it.
 */
export function radarPolygon(frame: RadarFrame, values: readonly (number | null)[]): string {
  return values
    .map((value, index) => radarPoint(frame, index, values.length, value ?? 0))
    .map(({ x, y }) => `${x},${y}`)
    .join(' ');
}

/** The grid's rings, one per scale step (1…5), as polygons on the same axes. */
export function radarRings(frame: RadarFrame, count: number): { level: number; points: string }[] {
  const levels = Array.from({ length: SCALE_MAX }, (_, i) => i + 1);
  return levels.map((level) => ({
    level,
    points: radarPolygon(
      frame,
      Array.from({ length: count }, () => level),
    ),
  }));
}

export interface AxisLabel extends Point {
  /** SVG text-anchor: labels left of the centre end at their point, right ones start there. */
  anchor: 'start' | 'middle' | 'end';
  /** Labels above the centre sit on their point's line; those below hang under it. */
  baseline: 'auto' | 'hanging' | 'middle';
}

/** Where each axis's label goes: just outside the rim, anchored away from the chart. */
export function axisLabels(frame: RadarFrame, count: number, gap: number): AxisLabel[] {
  return Array.from({ length: count }, (_, index) => {
    const angle = axisAngle(index, count);
    const r = frame.radius + gap;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const baseline = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'hanging' : 'auto';
    return { x: round(frame.cx + r * cos), y: round(frame.cy + r * sin), anchor, baseline };
  });
}

/** A mean as people read it: one decimal, in the page's language. */
export function formatMean(value: number, language: string): string {
  return value.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** The change from the previous round, signed ("+0,4", "−0,2", "±0,0"), or null without one. */
export function formatChange(
  current: number | null,
  previous: number | null | undefined,
  language: string,
): string | null {
  if (current === null || previous === null || previous === undefined) return null;
  const change = Math.round((current - previous) * 10) / 10;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatMean(Math.abs(change), language)}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
