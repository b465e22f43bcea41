import { leaveGroupFloors } from '../equality/index.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './control.js';
import { defineAction } from './types.js';

/**
 * Remove a participant: their token answers 401 from now on and their open
 * sockets close with 4401 (AUTH-4). Their notes stay on the board.
 */
export const removeParticipant = defineAction({
  type: 'removeParticipant',
  allowed: 'facilitator',
  async run(context, { participantId }) {
    // Locking yourself out of your own workshop is never what was meant.
    if (participantId === context.peer.participantId) {
      throw new AppError('CONFLICT', 'You cannot remove your own session');
    }
    await context.workshops.removeParticipant(context.peer.workshopId, participantId);
    // A removed group host leaves the seat, and their hand the group's queue (GROUPEQ-3).
    await changeControl(context, (state) => leaveGroupFloors(state, participantId));
    return { removed: participantId };
  },
});
