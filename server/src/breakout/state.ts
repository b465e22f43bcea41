import { BREAKOUT_KEY, runningBreakout, type BreakoutState } from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import type { ActionContext } from '../actions/types.js';
import { changeControl } from './control.js';

/**
 * Change the running breakout in one synchronous step of the control
 * document (under its lock with several instances). `change` returns the new
 * state; throws NO_BREAKOUT when none runs.
 */
export function changeBreakout(
  context: ActionContext,
  change: (state: BreakoutState) => BreakoutState,
): Promise<BreakoutState> {
  return changeControl(context, (control) => {
    const running = runningBreakout(control.get(BREAKOUT_KEY));
    if (!running) throw new AppError('NO_BREAKOUT', 'No breakout is under way');
    const next = change(running);
    control.set(BREAKOUT_KEY, next);
    return next;
  });
}
