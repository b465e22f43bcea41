import { defineAction } from '../actions/types.js';
import { changeBreakout } from './state.js';

/** A message from the facilitator to every group, shown as a banner on every board. */
export const broadcast = defineAction({
  type: 'broadcast',
  allowed: 'facilitator',
  async run(context, { text }) {
    const message = text.trim();
    const at = context.now;
    await changeBreakout(context, (running) => ({
      ...running,
      broadcast: { text: message || text, at },
    }));
    return { at };
  },
});
