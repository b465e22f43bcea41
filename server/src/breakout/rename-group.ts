import { defineAction } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { renameGroupFrame } from './frames.js';
import { changeBreakout } from './state.js';

/**
 * A group names itself: any member of the group may, and the facilitator;
 * nobody else (NOT_IN_GROUP). The frame's title follows.
 */
export const renameGroup = defineAction({
  type: 'renameGroup',
  allowed: 'member',
  async run(context, { groupId, name }) {
    const title = name.trim();
    if (!title) throw new AppError('BAD_REQUEST', 'A group name needs a letter or two');
    const { participantId, facilitator } = context.peer;
    let frameId = '';
    await changeBreakout(context, (running) => {
      const group = running.groups.find((candidate) => candidate.id === groupId);
      if (!group) throw new AppError('GROUP_NOT_FOUND', 'No group of this breakout has that id');
      if (!facilitator && !group.members.includes(participantId)) {
        throw new AppError('NOT_IN_GROUP', 'Only the members of a group may name it');
      }
      frameId = group.frameId;
      return {
        ...running,
        groups: running.groups.map((g) => (g.id === groupId ? { ...g, name: title } : g)),
      };
    });
    await renameGroupFrame(context.rooms, context.peer.workshopId, frameId, title);
    return { groupId, name: title };
  },
});
