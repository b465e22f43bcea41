import {
  SILENT_WRITING_KEY,
  TIMER_KEY,
  readSilentWriting,
  startTimerState,
  type SilentRound,
} from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import { changeControl, defineAction, newId } from './define.js';
import { breakoutFor } from './group-scope.js';

/**
 * The facilitator starts silent writing in a phase: everybody writes private
 * drafts until `revealDrafts`. With `seconds`, the shared timer runs too.
 * The round is opened in storage first: that is where saves are checked.
 * During a breakout it may be one group's (`groupId`: only its members write
 * in silence) or every group's (`allGroups`); GROUPEQ-5.
 */
export const startSilentWriting = defineAction({
  type: 'startSilentWriting',
  allowed: 'facilitator',
  async run(context, { phase, reveal, seconds, groupId, allGroups }) {
    const { workshopId } = context.peer;
    // Checked before the round opens: a refused group round leaves no open round behind.
    const grouped = (await breakoutFor(context, { groupId, allGroups })) !== null;
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
      ...(grouped && groupId !== undefined ? { groupId } : {}),
      ...(grouped && allGroups ? { allGroups: true } : {}),
    };
    await changeControl(context, (state) => {
      const silent = readSilentWriting(state.get(SILENT_WRITING_KEY));
      state.set(SILENT_WRITING_KEY, { ...silent, active: round });
      if (seconds) state.set(TIMER_KEY, startTimerState(seconds * 1000, context.now));
    });
    return { roundId, endsAt: round.endsAt };
  },
});
