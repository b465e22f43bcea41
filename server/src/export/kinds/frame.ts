import type { FrameItem } from '@moteplass/shared';
import { LINE, SIZES, SURFACE } from '../board-style.js';
import { LINE_HEIGHT } from '../fonts.js';
import { text, type KindDrawing } from './kind-drawing.js';

/** A white area with a rounded edge and its title in bold at the top. */
export const drawFrame: KindDrawing<FrameItem> = (item, context) => {
  const { x, y, w, h } = item;
  const p = SIZES.framePadding;
  return [
    {
      kind: 'rect',
      x,
      y,
      w,
      h,
      fill: SURFACE,
      stroke: LINE,
      strokeWidth: SIZES.stroke,
      radius: 12,
    },
    ...text(
      item.title,
      { x: x + p, y: y + p, w: w - 2 * p, h: SIZES.frameTitle * LINE_HEIGHT },
      SIZES.frameTitle,
      context,
      { weight: 'bold', min: SIZES.frameTitleMin },
    ),
  ];
};
