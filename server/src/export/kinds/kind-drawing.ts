import type { BoardItem, Rect } from '@moteplass/shared';
import { textMark, type DrawContext, type Mark, type TextOptions } from '../board-marks.js';

/** What a kind's drawing gets besides its item: the other items (by id) and the words. */
export interface ItemDrawContext extends DrawContext {
  byId: ReadonlyMap<string, BoardItem>;
}

/** Draws one kind's item as marks in board units, for the SVG and the PDF alike. */
export type KindDrawing<T> = (item: T, context: ItemDrawContext) => Mark[];

/** Text in a box, wrapped and shrunk as `textMark` does. */
export const text = (
  content: string,
  box: Rect,
  size: number,
  context: DrawContext,
  options: TextOptions = {},
): Mark[] => textMark(content, box, size, context, options);
