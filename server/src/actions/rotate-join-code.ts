import { defineAction } from './types.js';

/** A new join code (the old one leaked, or the room is full of strangers); the old one stops working. */
export const rotateJoinCode = defineAction({
  type: 'rotateJoinCode',
  allowed: 'facilitator',
  async run(context) {
    const joinCode = await context.workshops.rotateJoinCode(context.peer.workshopId, context.now);
    return { joinCode };
  },
});
