import { VIEW_KEY, type ViewRequest } from '@moteplass/shared';
import { changeControl } from './control.js';
import { defineAction } from './types.js';

/**
 * "Bring everyone to my view": every board that follows the facilitator shows
 * this phase, without moving the workshop to it (looking back at what was
 * found while exploring, say). People who opted out are left alone.
 */
export const bringEveryoneToPhase = defineAction({
  type: 'bringEveryoneToPhase',
  allowed: 'facilitator',
  async run(context, { phase }) {
    const view: ViewRequest = { phase, requestedAt: context.now };
    await changeControl(context, (state) => state.set(VIEW_KEY, view));
    return { view };
  },
});
