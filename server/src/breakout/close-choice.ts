import { choiceOpen } from '@moteplass/shared';
import { defineAction } from '../actions/types.js';
import { handsToGroups } from '../equality/index.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './control.js';
import { placeInSmallest } from './late-joiner.js';
import { changeBreakout } from './state.js';

/**
 * The facilitator ends the choice (mix "choose"): whoever in the workshop has
 * not picked a group goes to the smallest one, one by one, so everybody is
 * in exactly one group again (BREAK-1, BREAK-10). From here on the breakout
 * runs as any other: late joiners go to the smallest group, the facilitator
 * moves people.
 */
export const closeChoice = defineAction({
  type: 'closeChoice',
  allowed: 'facilitator',
  async run(context) {
    const records = await context.storage.workshops.listParticipants(context.peer.workshopId);
    const everyone = records
      .filter((record) => !record.revoked && !record.facilitator)
      .map((record) => record.id);
    let placed: string[] = [];
    const state = await changeBreakout(context, (running) => {
      if (!choiceOpen(running)) throw new AppError('CHOICE_CLOSED', 'The choice is already closed');
      const seated = new Set(running.groups.flatMap((group) => group.members));
      placed = everyone.filter((id) => !seated.has(id));
      const groups = placed.reduce((acc, id) => placeInSmallest(acc, id), running.groups);
      const { choosing: _open, ...rest } = running;
      return { ...rest, groups };
    });
    // Hands raised in the room by those just placed go to their groups (GROUPEQ-6).
    await changeControl(context, handsToGroups);
    return { placed, groups: state.groups.map(({ id, members }) => ({ id, members })) };
  },
});
