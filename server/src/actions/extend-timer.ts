import { extendTimerState } from '@moteplass/shared';
import { changeTimer } from './timer-control.js';
import { defineAction } from './types.js';

/** Give the room more time ("+1 minute"), running or paused; after zero it counts again. */
export const extendTimer = defineAction({
  type: 'extendTimer',
  allowed: 'facilitator',
  run: (context, { seconds }) =>
    changeTimer(
      context,
      (timer, now) => extendTimerState(timer, seconds * 1000, now),
      'No timer to extend: start one first',
    ),
});
