import type { BoardItem, BoardItemType } from '@moteplass/shared';
import type { Mark } from '../board-marks.js';
import { drawAction } from './action.js';
import { drawConnector } from './connector.js';
import { drawDrawing } from './drawing.js';
import { drawFrame } from './frame.js';
import { drawImage } from './image.js';
import { drawIndicator } from './indicator.js';
import type { ItemDrawContext, KindDrawing } from './kind-drawing.js';
import { drawNote } from './note.js';
import { drawPoll } from './poll.js';
import { drawShape } from './shape.js';
import { drawText } from './text.js';

export type { ItemDrawContext } from './kind-drawing.js';

/**
 * How each kind is drawn in the case file (SVG and PDF), one line per kind of
 * the kinds table. Typed by the item union, so a kind added to the table and
 * not here is a type error.
 */
const KIND_DRAWINGS: { [K in BoardItemType]: KindDrawing<Extract<BoardItem, { type: K }>> } = {
  note: drawNote,
  text: drawText,
  shape: drawShape,
  connector: drawConnector,
  frame: drawFrame,
  drawing: drawDrawing,
  action: drawAction,
  indicator: drawIndicator,
  image: drawImage,
  poll: drawPoll,
};

/** The marks of one item, drawn by its kind. */
export function marksOf(item: BoardItem, context: ItemDrawContext): Mark[] {
  const draw = KIND_DRAWINGS[item.type] as KindDrawing<BoardItem>;
  return draw(item, context);
}
