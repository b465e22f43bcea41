import { GROUP_FLOORS_KEY, hostOf } from '@moteplass/shared';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { changeControl, defineAction } from './define.js';
import {
  groupFloorWithRules,
  groupIdOf,
  readScene,
  requireGroup,
  type FloorScene,
} from './group-floor.js';
import { readFloor } from './read-floor.js';

/**
 * A breakout group's host (scribe), who grants turns in the group. The
 * facilitator sets or clears the seat of any group, to one of its members;
 * a member may take their own group's empty seat, or leave it (GROUPEQ-3).
 * Checked and written in one step, so two members cannot both take the seat.
 */
export const setGroupHost = defineAction({
  type: 'setGroupHost',
  allowed: 'member',
  async run(context, { groupId, participantId }) {
    await changeControl(context, (state) => {
      const scene = readScene(state);
      checkSeat(context, scene, groupId, participantId);
      const floor = groupFloorWithRules(scene.floors, groupId, readFloor(state).speaking);
      state.set(GROUP_FLOORS_KEY, {
        ...scene.floors,
        [groupId]: { host: participantId, ...floor },
      });
    });
    return { groupId, host: participantId };
  },
});

function checkSeat(
  context: ActionContext,
  scene: FloorScene,
  groupId: string,
  participantId: string | null,
): void {
  requireGroup(scene, groupId);
  const members = scene.breakout?.groups.find((g) => g.id === groupId)?.members ?? [];
  if (participantId !== null && !members.includes(participantId)) {
    throw new AppError('NOT_IN_GROUP', 'The host must be a member of the group');
  }
  if (context.peer.facilitator) return;
  const me = context.peer.participantId;
  if (groupIdOf(scene, me) !== groupId) {
    throw new AppError('NOT_IN_GROUP', 'Only members of the group may choose its host');
  }
  const seat = hostOf(scene.breakout, scene.floors, groupId);
  if (participantId === null) {
    if (seat !== me)
      throw new AppError('FORBIDDEN', 'Only the host or the facilitator may do that');
    return;
  }
  if (participantId !== me) {
    throw new AppError('FORBIDDEN', 'Only the facilitator may make somebody else the host');
  }
  if (seat !== null && seat !== me) throw new AppError('CONFLICT', 'The group has a host already');
}
