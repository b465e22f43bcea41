import { defineAction } from '../actions/types.js';
import { leaveGroupFloors } from '../equality/index.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './control.js';
import { changeBreakout } from './state.js';

/**
 * The facilitator moves a person to another group (by drag or by the "move
 * to group" menu). Anyone in the workshop who is not a facilitator may be
 * moved, also somebody no group holds yet; they are then in that group only
 * (BREAK-1).
 */
export const moveParticipant = defineAction({
  type: 'moveParticipant',
  allowed: 'facilitator',
  async run(context, { participantId, groupId }) {
    const person = (await context.storage.workshops.listParticipants(context.peer.workshopId)).find(
      (record) => record.id === participantId && !record.revoked,
    );
    if (!person) throw new AppError('PARTICIPANT_NOT_FOUND', 'Nobody in this workshop has that id');
    if (person.facilitator) {
      throw new AppError('BAD_REQUEST', 'Facilitators are not members of a group');
    }
    const state = await changeBreakout(context, (running) => {
      if (!running.groups.some((group) => group.id === groupId)) {
        throw new AppError('GROUP_NOT_FOUND', 'No group of this breakout has that id');
      }
      return {
        ...running,
        groups: running.groups.map((group) => {
          const others = group.members.filter((id) => id !== participantId);
          return { ...group, members: group.id === groupId ? [...others, participantId] : others };
        }),
      };
    });
    // Their hand and host seat stay with the group they left (GROUPEQ-3).
    await changeControl(context, (control) => leaveGroupFloors(control, participantId));
    return { groupId, members: state.groups.find((group) => group.id === groupId)?.members ?? [] };
  },
});
