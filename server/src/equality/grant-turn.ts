import { AppError } from '../http/errors.js';
import { defineAction } from './define.js';
import { speakerFor } from './floor.js';
import { changeFloorIn, groupIdOf, requireChair } from './group-floor.js';
import * as turns from './turns.js';

/**
 * The facilitator gives someone the floor; the turn's length is measured
 * from now. During a breakout a group member's turn is in their group, and
 * the group's host may grant it too — only there (GROUPEQ-1).
 */
export const grantTurn = defineAction({
  type: 'grantTurn',
  allowed: 'member',
  async run(context, { participantId }) {
    const speaker = await speakerFor(context, participantId);
    const { floor, place } = await changeFloorIn(
      context,
      (scene) => groupIdOf(scene, participantId),
      (before, where) => {
        requireChair(context, where);
        return turns.grantTurn(before, speaker, context.now);
      },
    );
    return {
      endsAt: floor.speaking.current?.endsAt ?? null,
      ...(place.groupId !== null ? { groupId: place.groupId } : {}),
    };
  },
});

/**
 * End the current turn (in a round, the next person gets the floor): the
 * room's by the facilitator, a group's (`groupId`, or a host's own group)
 * by its host or the facilitator.
 */
export const endTurn = defineAction({
  type: 'endTurn',
  allowed: 'member',
  async run(context, { groupId }) {
    const { peer } = context;
    const { floor } = await changeFloorIn(
      context,
      (scene) => groupId ?? (peer.facilitator ? null : groupIdOf(scene, peer.participantId)),
      (before, where) => {
        requireChair(context, where);
        if (!before.speaking.current) throw new AppError('NO_CURRENT_TURN', 'Nobody has the floor');
        return turns.endTurn(before, context.now);
      },
    );
    return { next: floor.speaking.current?.participantId ?? null };
  },
});

/** The speaker hands the floor on ("pass" in a round, "I'm done" otherwise), in the room or their group. */
export const passTurn = defineAction({
  type: 'passTurn',
  allowed: 'member',
  async run(context) {
    const me = context.peer.participantId;
    const { floor } = await changeFloorIn(
      context,
      (scene) => {
        const groupId = groupIdOf(scene, me);
        const inGroup = groupId !== null && scene.floors[groupId]?.speaking.current;
        return inGroup && inGroup.participantId === me ? groupId : null;
      },
      (before) => {
        if (before.speaking.current?.participantId !== me) {
          throw new AppError('NOT_YOUR_TURN', 'Only the person who has the floor may pass it on');
        }
        return turns.endTurn(before, context.now, true);
      },
    );
    return { next: floor.speaking.current?.participantId ?? null };
  },
});
