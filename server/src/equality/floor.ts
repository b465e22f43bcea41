import { AIRTIME_KEY, SPEAKING_KEY, type Speaker } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './define.js';
import { readFloor } from './read-floor.js';
import type { Floor } from './turns.js';

/**
 * Apply one speaking step to the control document: read the speaking state
 * and the airtime, compute, write what changed — all in one synchronous
 * change, so two actions on this instance never interleave. A step may throw
 * an AppError to refuse; then nothing is written.
 */
export function changeFloor(context: ActionContext, step: (floor: Floor) => Floor): Promise<Floor> {
  return changeControl(context, (state: Y.Map<unknown>) => {
    const before = readFloor(state);
    const after = step(before);
    if (after.speaking !== before.speaking) state.set(SPEAKING_KEY, after.speaking);
    if (after.airtime !== before.airtime) state.set(AIRTIME_KEY, after.airtime);
    return after;
  });
}

/** Who a participant is on the speakers' list: role, and the name only if they gave one. */
export async function speakerFor(context: ActionContext, participantId: string): Promise<Speaker> {
  const participant = await context.storage.workshops.getParticipant(
    context.peer.workshopId,
    participantId,
  );
  if (!participant || participant.revoked) {
    throw new AppError('PARTICIPANT_NOT_FOUND', 'No such participant in this workshop');
  }
  return {
    participantId,
    role: participant.role,
    ...(participant.name ? { name: participant.name } : {}),
  };
}
