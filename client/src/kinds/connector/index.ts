import type { ClientKind } from '../types';

/**
 * An arrow from one item to another. It has no box of its own: the canvas
 * draws it between its ends' edges (BoardModel.connectorEnds), the screen
 * reader hears "from <item> to <item>" (canvas/describe.ts).
 */
export const connector: ClientKind<'connector'> = {
  type: 'connector',
  placement: 'link',
  draw: () => {},
  blockFill: null,
  words: () => '',
  connectable: false,
  edit: null,
  listed: () => true,
};
