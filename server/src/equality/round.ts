import { AppError } from '../http/errors.js';
import { defineAction } from './define.js';
import { changeFloor } from './floor.js';
import * as turns from './turns.js';

/**
 * A round: everybody present (with the board open, facilitators aside) gets
 * a turn, in the order they joined the workshop; each may pass.
 */
export const startRound = defineAction({
  type: 'startRound',
  allowed: 'facilitator',
  async run(context) {
    const { workshopId } = context.peer;
    const present = new Set(
      (await context.rooms.connectedPeers(workshopId, 'board'))
        .filter((peer) => !peer.facilitator)
        .map((peer) => peer.participantId),
    );
    const people = (await context.storage.workshops.listParticipants(workshopId))
      .filter((p) => present.has(p.id) && !p.revoked && !p.facilitator)
      .map((p) => ({ participantId: p.id, role: p.role, ...(p.name ? { name: p.name } : {}) }));
    if (people.length === 0) throw new AppError('NOBODY_PRESENT', 'Nobody is here to speak');
    await changeFloor(context, (floor) => turns.startRound(floor, people, context.now));
    return { speakers: people.length };
  },
});

export const endRound = defineAction({
  type: 'endRound',
  allowed: 'facilitator',
  async run(context) {
    await changeFloor(context, (floor) => {
      if (!floor.speaking.round) throw new AppError('NO_ROUND', 'No round is under way');
      return turns.endRound(floor, context.now);
    });
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
