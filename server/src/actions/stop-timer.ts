import { stopTimerState } from '@moteplass/shared';
import { changeTimer } from './timer-control.js';
import { defineAction } from './types.js';

/** Stop and clear the shared timer. Stopping a stopped timer is harmless. */
export const stopTimer = defineAction({
  type: 'stopTimer',
  allowed: 'facilitator',
  run: (context) => changeTimer(context, (_timer, now) => stopTimerState(now)),
});
