import { startTimerState } from '@moteplass/shared';
import { changeTimer } from './timer-control.js';
import { defineAction } from './types.js';

/** Start the shared timer from `seconds` (a running or paused one starts over). */
export const startTimer = defineAction({
  type: 'startTimer',
  allowed: 'facilitator',
  run: (context, { seconds }) =>
    changeTimer(context, (_timer, now) => startTimerState(seconds * 1000, now)),
});
