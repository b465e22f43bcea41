import { resumeTimerState } from '@moteplass/shared';
import { changeTimer } from './timer-control.js';
import { defineAction } from './types.js';

/** Go on counting down from where the timer was paused. */
export const resumeTimer = defineAction({
  type: 'resumeTimer',
  allowed: 'facilitator',
  run: (context) => changeTimer(context, resumeTimerState, 'The timer is not paused'),
});
