import { choiceOpen, groupHasRoom } from '@moteplass/shared';
import { defineAction } from '../actions/types.js';
import { handsToGroups, leaveGroupFloors } from '../equality/index.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './control.js';
import { changeBreakout } from './state.js';

/**
 * A participant picks their group while the choice is open (mix "choose").
 * They may change their mind until it closes; each pick leaves them in that
 * group only (BREAK-1). A full group (`groupCapacity`) is refused, and so is
 * a facilitator, who is never a member.
 */
export const joinGroup = defineAction({
  type: 'joinGroup',
  allowed: 'member',
  async run(context, { groupId }) {
    const { participantId, facilitator } = context.peer;
    if (facilitator) throw new AppError('BAD_REQUEST', 'Facilitators are not members of a group');
    let switched = false;
    const state = await changeBreakout(context, (running) => {
      const group = running.groups.find((candidate) => candidate.id === groupId);
      if (!group) throw new AppError('GROUP_NOT_FOUND', 'No group of this breakout has that id');
      if (!choiceOpen(running)) {
        throw new AppError(
          'CHOICE_CLOSED',
          'The groups are settled; ask the facilitator to move you',
        );
      }
      if (group.members.includes(participantId)) return running;
      if (!groupHasRoom(running, group)) throw new AppError('GROUP_FULL', 'That group is full');
      switched = running.groups.some((g) => g.members.includes(participantId));
      return {
        ...running,
        groups: running.groups.map((g) => {
          const others = g.members.filter((id) => id !== participantId);
          return { ...g, members: g.id === groupId ? [...others, participantId] : others };
        }),
      };
    });
    await changeControl(context, (control) => {
      // Switching while the choice is open leaves the old group's hand and host seat (GROUPEQ-3).
      if (switched) leaveGroupFloors(control, participantId);
      // A hand raised in the room before picking goes to the group picked (GROUPEQ-6).
      handsToGroups(control);
    });
    return { groupId, members: state.groups.find((g) => g.id === groupId)?.members ?? [] };
  },
});
