import { AppError } from '../http/errors.js';
import { defineAction } from './define.js';
import { changeFloor, speakerFor } from './floor.js';
import * as turns from './turns.js';

/** The facilitator gives someone the floor; the turn's length is measured from now. */
export const grantTurn = defineAction({
  type: 'grantTurn',
  allowed: 'facilitator',
  async run(context, { participantId }) {
    const speaker = await speakerFor(context, participantId);
    const { speaking } = await changeFloor(context, (floor) =>
      turns.grantTurn(floor, speaker, context.now),
    );
    return { endsAt: speaking.current?.endsAt ?? null };
  },
});

/** The facilitator ends the current turn (in a round, the next person gets the floor). */
export const endTurn = defineAction({
  type: 'endTurn',
  allowed: 'facilitator',
  async run(context) {
    const { speaking } = await changeFloor(context, (floor) => {
      if (!floor.speaking.current) throw new AppError('NO_CURRENT_TURN', 'Nobody has the floor');
      return turns.endTurn(floor, context.now);
    });
    return { next: speaking.current?.participantId ?? null };
  },
});

/** The speaker hands the floor on ("pass" in a round, "I'm done" otherwise). */
export const passTurn = defineAction({
  type: 'passTurn',
  allowed: 'member',
  async run(context) {
    const { speaking } = await changeFloor(context, (floor) => {
      if (floor.speaking.current?.participantId !== context.peer.participantId) {
        throw new AppError('NOT_YOUR_TURN', 'Only the person who has the floor may pass it on');
      }
      return turns.endTurn(floor, context.now, true);
    });
    return { next: speaking.current?.participantId ?? null };
  },
});
