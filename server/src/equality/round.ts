import { AppError } from '../http/errors.js';
import { defineAction } from './define.js';
import { changeFloor } from './floor.js';
import { changeFloorIn, groupIdOf, requireChair, type FloorScene } from './group-floor.js';
import * as turns from './turns.js';

/**
 * The floor a round action is for: `groupId` when given; otherwise the
 * room's for the facilitator, the caller's own group for anyone else (a
 * host runs the round in their group without naming it).
 */
function roundFloor(
  scene: FloorScene,
  groupId: string | undefined,
  peer: { facilitator: boolean; participantId: string },
): string | null {
  return groupId ?? (peer.facilitator ? null : groupIdOf(scene, peer.participantId));
}

/**
 * A round: everybody present (with the board open, facilitators aside) gets
 * a turn, in the order they joined the workshop; each may pass. With a
 * group (`groupId`, or a host's own group) it runs on the group's floor among
 * the group's members who are here, driven by its host or the facilitator;
 * the turns count in the group's airtime and the meetup's (GROUPEQ-7).
 */
export const startRound = defineAction({
  type: 'startRound',
  allowed: 'member',
  async run(context, { groupId }) {
    const { workshopId } = context.peer;
    const present = new Set(
      (await context.rooms.connectedPeers(workshopId, 'board'))
        .filter((peer) => !peer.facilitator)
        .map((peer) => peer.participantId),
    );
    const here = (await context.storage.workshops.listParticipants(workshopId))
      .filter((p) => present.has(p.id) && !p.revoked && !p.facilitator)
      .map((p) => ({ participantId: p.id, role: p.role, ...(p.name ? { name: p.name } : {}) }));
    let members: readonly string[] | null = null;
    let speakers = 0;
    const { place } = await changeFloorIn(
      context,
      (scene) => {
        const floor = roundFloor(scene, groupId, context.peer);
        members =
          floor === null
            ? null
            : (scene.breakout?.groups.find((g) => g.id === floor)?.members ?? []);
        return floor;
      },
      (floor, where) => {
        requireChair(context, where);
        const inGroup = members;
        const people =
          inGroup === null ? here : here.filter((p) => inGroup.includes(p.participantId));
        if (people.length === 0) throw new AppError('NOBODY_PRESENT', 'Nobody is here to speak');
        speakers = people.length;
        return turns.startRound(floor, people, context.now);
      },
    );
    return { speakers, ...(place.groupId !== null ? { groupId: place.groupId } : {}) };
  },
});

/** Stop a round: the room's by the facilitator, a group's by its host or the facilitator. */
export const endRound = defineAction({
  type: 'endRound',
  allowed: 'member',
  async run(context, { groupId }) {
    await changeFloorIn(
      context,
      (scene) => roundFloor(scene, groupId, context.peer),
      (floor, where) => {
        requireChair(context, where);
        if (!floor.speaking.round) throw new AppError('NO_ROUND', 'No round is under way');
        return turns.endRound(floor, context.now);
      },
    );
  },
});

/** Queue order and the optional limit per turn. */
export const setSpeakingRules = defineAction({
  type: 'setSpeakingRules',
  allowed: 'facilitator',
  async run(context, { order, turnLimitSeconds }) {
    const { speaking } = await changeFloor(context, (floor) =>
      turns.setRules(floor, { order, turnLimitSeconds }),
    );
    return { order: speaking.order, turnLimitSeconds: speaking.turnLimitSeconds };
  },
});
