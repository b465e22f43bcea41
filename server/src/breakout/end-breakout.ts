import { BREAKOUT_KEY, runningBreakout } from '@moteplass/shared';
import { defineAction } from '../actions/types.js';
import { closeGroupFloors } from '../equality/index.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './control.js';

/**
 * Recall everyone: the breakout ends, its groups stay in the control document
 * (the export names notes by them) and the frames and notes stay on the board
 * (BREAK-7). Each board seeing the end go by brings its view back to the
 * phase itself (no phase request: nobody's phase changed).
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
      // The groups' speakers' lists close with the breakout (GROUPEQ-2).
      closeGroupFloors(control, context.now);
    });
    return { endedAt: context.now };
  },
});
