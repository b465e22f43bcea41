import type { Rect, ShapeItem } from '@moteplass/shared';
import { rectOf } from '../board-geometry.js';
import type { Mark, Point } from '../board-marks.js';
import { INK, SIZES, SURFACE } from '../board-style.js';
import { text, type KindDrawing } from './kind-drawing.js';

/** A rectangle, ellipse or diamond with its words centred inside. */
export const drawShape: KindDrawing<ShapeItem> = (item, context) => [
  outline(item),
  ...text(
    item.text ?? '',
    inset(rectOf(item), item.shape === 'rectangle' ? 0.08 : 0.2),
    SIZES.shapeText,
    context,
    { align: 'middle', middle: true, min: SIZES.noteTextMin },
  ),
];

const inset = (rect: Rect, share: number): Rect => ({
  x: rect.x + rect.w * share,
  y: rect.y + rect.h * share,
  w: rect.w * (1 - 2 * share),
  h: rect.h * (1 - 2 * share),
});

function outline(item: ShapeItem): Mark {
  const { x, y, w, h } = item;
  const style = { fill: SURFACE, stroke: INK, strokeWidth: SIZES.stroke };
  if (item.shape === 'ellipse') {
    return { kind: 'ellipse', cx: x + w / 2, cy: y + h / 2, rx: w / 2, ry: h / 2, ...style };
  }
  if (item.shape === 'diamond') {
    const points: Point[] = [
      [x + w / 2, y],
      [x + w, y + h / 2],
      [x + w / 2, y + h],
      [x, y + h / 2],
    ];
    return { kind: 'polygon', points, ...style };
  }
  return { kind: 'rect', x, y, w, h, ...style, radius: 0 };
}
