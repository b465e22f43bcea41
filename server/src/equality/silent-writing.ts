import {
  SILENT_WRITING_KEY,
  TIMER_KEY,
  readSilentWriting,
  startTimerState,
  type SilentRound,
} from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import { changeControl, defineAction, newId } from './define.js';

/**
 * The facilitator starts silent writing in a phase: everybody writes private
 * drafts until `revealDrafts`. With `seconds`, the shared timer runs too.
 * The round is opened in storage first: that is where saves are checked.
 */
export const startSilentWriting = defineAction({
  type: 'startSilentWriting',
  allowed: 'facilitator',
  async run(context, { phase, reveal, seconds }) {
    const { workshopId } = context.peer;
    const roundId = newId();
    const opened = await context.storage.equality.openSilentRound({
      id: roundId,
      workshopId,
      phase,
      openedAt: context.now,
      closedAt: null,
    });
    if (!opened) {
      throw new AppError('SILENT_WRITING_ACTIVE', 'Reveal the drafts of the running round first');
    }
    const round: SilentRound = {
      roundId,
      phase,
      reveal,
      startedAt: context.now,
      endsAt: seconds ? context.now + seconds * 1000 : null,
    };
    await changeControl(context, (state) => {
      const silent = readSilentWriting(state.get(SILENT_WRITING_KEY));
      state.set(SILENT_WRITING_KEY, { ...silent, active: round });
      if (seconds) state.set(TIMER_KEY, startTimerState(seconds * 1000, context.now));
    });
    return { roundId, endsAt: round.endsAt };
  },
});
