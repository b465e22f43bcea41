import { AppError } from '../http/errors.js';
import { defineAction } from './define.js';
import { changeFloor, speakerFor } from './floor.js';
import * as turns from './turns.js';

/** Anyone asks for the floor; the queue shows their role (and name, if they gave one). */
export const raiseHand = defineAction({
  type: 'raiseHand',
  allowed: 'member',
  async run(context) {
    const speaker = await speakerFor(context, context.peer.participantId);
    await changeFloor(context, (floor) => turns.raiseHand(floor, speaker, context.now));
    return { raised: true };
  },
});

/** Lower one's own hand; the facilitator may lower anybody's (someone who left). */
export const lowerHand = defineAction({
  type: 'lowerHand',
  allowed: 'member',
  async run(context, { participantId }) {
    const own = context.peer.participantId;
    if (participantId !== undefined && participantId !== own && !context.peer.facilitator) {
      throw new AppError('FORBIDDEN', "Only the facilitator may lower somebody else's hand");
    }
    await changeFloor(context, (floor) => turns.lowerHand(floor, participantId ?? own));
    return { raised: false };
  },
});
