import { BREAKOUT_KEY, VIEW_KEY, runningBreakout, type ViewRequest } from '@moteplass/shared';
import { defineAction } from '../actions/types.js';
import { changeControl } from './control.js';
import { AppError } from '../http/errors.js';

/**
 * Recall everyone: the breakout ends, its groups stay in the control document
 * (the export names notes by them) and the frames and notes stay on the board
 * (BREAK-7); every following board is asked back to the phase.
 */
export const endBreakout = defineAction({
  type: 'endBreakout',
  allowed: 'facilitator',
  async run(context) {
    await changeControl(context, (control) => {
      const running = runningBreakout(control.get(BREAKOUT_KEY));
      if (!running) throw new AppError('NO_BREAKOUT', 'No breakout is under way');
      const { broadcast: _shown, ...rest } = running;
      control.set(BREAKOUT_KEY, { ...rest, status: 'ended', endedAt: context.now });
      const view: ViewRequest = { phase: running.phase, requestedAt: context.now };
      control.set(VIEW_KEY, view);
    });
    return { endedAt: context.now };
  },
});
