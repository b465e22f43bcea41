import { CONTROL_KEYS } from '@moteplass/shared';
import { changeControl } from './control.js';
import { defineAction } from './types.js';

/** The facilitator moves the workshop to a phase. */
export const setPhase = defineAction({
  type: 'setPhase',
  allowed: 'facilitator',
  async run(context, { phase }) {
    await changeControl(context, (state) => state.set(CONTROL_KEYS.phase, phase));
    return { phase };
  },
});
