import type { DrawingItem } from '@moteplass/shared';
import type { Point } from '../board-marks.js';
import { INK } from '../board-style.js';
import type { KindDrawing } from './kind-drawing.js';

/** A pen stroke: its points, relative to the item's corner, as one line. */
export const drawDrawing: KindDrawing<DrawingItem> = (item) => {
  const points: Point[] = [];
  for (let i = 0; i + 1 < item.points.length; i += 2) {
    points.push([item.x + (item.points[i] ?? 0), item.y + (item.points[i + 1] ?? 0)]);
  }
  return points.length > 1 ? [{ kind: 'polyline', points, stroke: INK, strokeWidth: 3 }] : [];
};
