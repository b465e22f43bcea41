import type { TextItem } from '@moteplass/shared';
import { rectOf } from '../board-geometry.js';
import { SIZES } from '../board-style.js';
import { text, type KindDrawing } from './kind-drawing.js';

/** Words on the board itself, no box around them. */
export const drawText: KindDrawing<TextItem> = (item, context) =>
  text(item.text, rectOf(item), SIZES.text, context, { min: SIZES.noteTextMin });
