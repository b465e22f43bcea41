import { CONTROL_KEYS } from '@moteplass/shared';
import { changeControl } from './control.js';
import { defineAction } from './types.js';

/** While locked, only the facilitator's board updates are accepted (see room-policies). */
export const lockBoard = defineAction({
  type: 'lockBoard',
  allowed: 'facilitator',
  async run(context) {
    await changeControl(context, (state) => state.set(CONTROL_KEYS.locked, true));
    return { locked: true };
  },
});

export const unlockBoard = defineAction({
  type: 'unlockBoard',
  allowed: 'facilitator',
  async run(context) {
    await changeControl(context, (state) => state.set(CONTROL_KEYS.locked, false));
    return { locked: false };
  },
});
