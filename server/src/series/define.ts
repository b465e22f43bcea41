import { BOARD_ITEMS, parseBoardItem, type BoardItem } from '@moteplass/shared';
import type { ActionType } from '@moteplass/shared';
import type { ActionContext, ActionHandler } from '../actions/index.js';
import { itemFields } from '../rooms/validation/index.js';

/** One item of the caller's board, validated; null when missing or malformed. */
export async function boardItem(context: ActionContext, itemId: string): Promise<BoardItem | null> {
  const board = await context.rooms.get(context.peer.workshopId, 'board');
  // Never `toJSON()` a stored item: a damaged one may nest deeply (BOARD-5).
  return parseBoardItem(itemFields(board.doc.getMap<unknown>(BOARD_ITEMS).get(itemId)));
}

/** One reflection or impact action: schema in shared/, who may call it, what it changes. */
export const defineAction = <T extends ActionType>(handler: ActionHandler<T>) => handler;
