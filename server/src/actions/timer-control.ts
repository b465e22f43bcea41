import { TIMER_KEY, readTimer, type TimerState } from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import { changeControl } from './control.js';
import type { ActionContext } from './types.js';

/**
 * Change the shared timer in one step: read it, compute the next state, write
 * it. `next` returns null when the change makes no sense now (pausing a timer
 * that is not running), which the caller hears as 409 CONFLICT.
 *
 * The reply carries the server's clock, so the facilitator's own countdown
 * is right at once.
 */
export async function changeTimer(
  context: ActionContext,
  next: (timer: TimerState, now: number) => TimerState | null,
  conflict = 'The timer cannot do that now',
): Promise<Record<string, unknown>> {
  let written: TimerState | null = null;
  await changeControl(context, (state) => {
    written = next(readTimer(state.get(TIMER_KEY)), context.now);
    if (written) state.set(TIMER_KEY, written);
  });
  if (!written) throw new AppError('CONFLICT', conflict);
  return { timer: written, serverTime: context.now };
}
