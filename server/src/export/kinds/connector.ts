import type { BoardItem, ConnectorItem } from '@moteplass/shared';
import { centre, edgePoint, rectOf } from '../board-geometry.js';
import type { Mark, Point } from '../board-marks.js';
import { MUTED, SIZES } from '../board-style.js';
import type { KindDrawing } from './kind-drawing.js';

/** A line from the edge of one item to the edge of the other, with an arrowhead at the end. */
export const drawConnector: KindDrawing<ConnectorItem> = (item, context) =>
  line(context.byId.get(item.from), context.byId.get(item.to));

function line(from: BoardItem | undefined, to: BoardItem | undefined): Mark[] {
  if (!from || !to) return [];
  const start = edgePoint(rectOf(from), centre(rectOf(to)));
  const tip = edgePoint(rectOf(to), centre(rectOf(from)));
  const length = Math.hypot(tip.x - start.x, tip.y - start.y);
  if (length < 1) return [];
  const ux = (tip.x - start.x) / length;
  const uy = (tip.y - start.y) / length;
  const arrow = Math.min(SIZES.arrow, length / 2);
  const base: Point = [tip.x - ux * arrow, tip.y - uy * arrow];
  const half = arrow / 2;
  return [
    {
      kind: 'polyline',
      points: [[start.x, start.y], base],
      stroke: MUTED,
      strokeWidth: SIZES.connector,
    },
    {
      kind: 'polygon',
      points: [
        [tip.x, tip.y],
        [base[0] - uy * half, base[1] + ux * half],
        [base[0] + uy * half, base[1] - ux * half],
      ],
      fill: MUTED,
      stroke: null,
      strokeWidth: 0,
    },
  ];
}
