import { randomBytes } from 'node:crypto';
import { CONTROL_KEYS, CONTROL_ROOT, PHASE_IDS, isPhaseId, type PhaseId } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from '../actions/types.js';

// One `defineAction` and one `changeControl` for every action; these names
// stay importable from here for the equality handlers.
export { defineAction } from '../actions/types.js';
export { changeControl } from '../actions/control.js';

/** A random id (128 bits) for drafts, votes, rounds and notes the server creates. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** The workshop's control map as the server holds it now (read-only use). */
export async function controlState(context: ActionContext): Promise<Y.Map<unknown>> {
  const room = await context.rooms.get(context.peer.workshopId, 'control');
  return room.doc.getMap(CONTROL_ROOT);
}

/** The phase the workshop is in (the first before the facilitator set one). */
export function currentPhase(state: Y.Map<unknown>): PhaseId {
  const phase = state.get(CONTROL_KEYS.phase);
  return isPhaseId(phase) ? phase : PHASE_IDS[0];
}
