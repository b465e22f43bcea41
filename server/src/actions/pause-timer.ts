import { pauseTimerState } from '@moteplass/shared';
import { changeTimer } from './timer-control.js';
import { defineAction } from './types.js';

/** Hold the shared timer where it is. */
export const pauseTimer = defineAction({
  type: 'pauseTimer',
  allowed: 'facilitator',
  run: (context) => changeTimer(context, pauseTimerState, 'The timer is not running'),
});
