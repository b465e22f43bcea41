import type { ImageItem } from '@moteplass/shared';
import { LINE, SIZES, SURFACE } from '../board-style.js';
import { text, type KindDrawing } from './kind-drawing.js';

/** The picture's bytes are not in the snapshot: draw its frame and its text alternative. */
export const drawImage: KindDrawing<ImageItem> = (item, context) => {
  const { x, y, w, h } = item;
  const p = SIZES.notePadding;
  return [
    { kind: 'rect', x, y, w, h, fill: SURFACE, stroke: LINE, strokeWidth: SIZES.stroke, radius: 0 },
    ...text(item.alt, { x: x + p, y: y + p, w: w - 2 * p, h: h - 2 * p }, SIZES.meta, context),
  ];
};
