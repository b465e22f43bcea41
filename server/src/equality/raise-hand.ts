import { AppError } from '../http/errors.js';
import { defineAction } from './define.js';
import { changeFloor, speakerFor } from './floor.js';
import { changeFloorIn, groupIdOf } from './group-floor.js';
import * as turns from './turns.js';

/**
 * Anyone asks for the floor; the queue shows their role (and name, if they
 * gave one). During a breakout a group member's hand goes to their group's
 * queue (GROUPEQ-1).
 */
export const raiseHand = defineAction({
  type: 'raiseHand',
  allowed: 'member',
  async run(context) {
    const me = context.peer.participantId;
    const speaker = await speakerFor(context, me);
    const { place } = await changeFloorIn(
      context,
      (scene) => groupIdOf(scene, me),
      (floor) => turns.raiseHand(floor, speaker, context.now),
    );
    return { raised: true, ...(place.groupId !== null ? { groupId: place.groupId } : {}) };
  },
});

/**
 * Lower one's own hand; the facilitator may lower anybody's (someone who
 * left), a group's host anybody's in their group. The hand goes down in the
 * person's group and in the room's queue alike.
 */
export const lowerHand = defineAction({
  type: 'lowerHand',
  allowed: 'member',
  async run(context, { participantId }) {
    const own = context.peer.participantId;
    const target = participantId ?? own;
    const mayLower = (host: string | null) =>
      target === own || context.peer.facilitator || (host !== null && host === own);
    await changeFloorIn(
      context,
      (scene) => groupIdOf(scene, target),
      (floor, place) => {
        if (!mayLower(place.host)) {
          throw new AppError('FORBIDDEN', "Only the facilitator or the group's host may do that");
        }
        return turns.lowerHand(floor, target);
      },
    );
    if (target !== own && !context.peer.facilitator) return { raised: false };
    await changeFloor(context, (floor) => turns.lowerHand(floor, target));
    return { raised: false };
  },
});
