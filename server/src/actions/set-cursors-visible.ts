import { CURSORS_VISIBLE_KEY } from '@moteplass/shared';
import { changeControl } from './control.js';
import { defineAction } from './types.js';

/** Show or hide everybody's cursors (a busy board on a projector can be calmer without). */
export const setCursorsVisible = defineAction({
  type: 'setCursorsVisible',
  allowed: 'facilitator',
  async run(context, { visible }) {
    await changeControl(context, (state) => state.set(CURSORS_VISIBLE_KEY, visible));
    return { cursorsVisible: visible };
  },
});
