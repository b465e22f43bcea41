import { unionRects } from '../../canvas/geometry';
import type { ClientKind } from '../types';

/**
 * An arrow from one item to another. It has no box of its own: the canvas
 * draws it between its ends' edges (BoardModel.connectorEnds), the screen
 * reader hears "from <item> to <item>" (canvas/describe.ts).
 */
export const connector: ClientKind<'connector'> = {
  fromTool: ({ from, to }, { rectOf }) => {
    const a = rectOf(from);
    const b = rectOf(to);
    return a && b ? { rect: unionRects([a, b])!, fields: { from, to } } : null;
  },
  type: 'connector',
  placement: 'link',
  draw: () => {},
  blockFill: null,
  words: () => '',
  connectable: false,
  edit: null,
  listed: () => true,
};
