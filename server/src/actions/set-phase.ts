import {
  CONTROL_KEYS,
  PHASE_LOG_KEY,
  VIEW_KEY,
  logPhaseStart,
  readPhaseLog,
  type ViewRequest,
} from '@moteplass/shared';
import { changeControl } from './control.js';
import { defineAction } from './types.js';

/**
 * The facilitator moves the workshop to a phase: the phase, when it started
 * (and the last one ended) for the export, and a request that every
 * following board shows it.
 */
export const setPhase = defineAction({
  type: 'setPhase',
  allowed: 'facilitator',
  async run(context, { phase }) {
    const view: ViewRequest = { phase, requestedAt: context.now };
    await changeControl(context, (state) => {
      state.set(CONTROL_KEYS.phase, phase);
      state.set(
        PHASE_LOG_KEY,
        logPhaseStart(readPhaseLog(state.get(PHASE_LOG_KEY)), phase, context.now),
      );
      state.set(VIEW_KEY, view);
    });
    return { phase, serverTime: context.now };
  },
});
