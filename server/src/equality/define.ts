import { randomBytes } from 'node:crypto';
import {
  CONTROL_KEYS,
  CONTROL_ROOT,
  PHASE_IDS,
  isPhaseId,
  type ActionType,
  type PhaseId,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext, ActionHandler } from '../actions/index.js';

/** One equality action: schema in shared/, who may call it, what it changes. */
export const defineAction = <T extends ActionType>(handler: ActionHandler<T>) => handler;

/** A random id (128 bits) for drafts, votes, rounds and notes the server creates. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** The workshop's control map as the server holds it now (read-only use). */
export async function controlState(context: ActionContext): Promise<Y.Map<unknown>> {
  const room = await context.rooms.get(context.peer.workshopId, 'control');
  return room.doc.getMap(CONTROL_ROOT);
}

/**
 * Read and write the control document in one synchronous step, so that no
 * other action of this instance can slip in between the read and the write
 * (and, with several instances, under the control room's lock after taking in
 * what the others stored: see `RoomRegistry.change`); resolves once the
 * change is stored and relayed.
 */
export function changeControl<T>(
  context: ActionContext,
  mutate: (state: Y.Map<unknown>) => T,
): Promise<T> {
  return context.rooms.change(context.peer.workshopId, 'control', (doc) =>
    mutate(doc.getMap(CONTROL_ROOT)),
  );
}

/** The phase the workshop is in (the first before the facilitator set one). */
export function currentPhase(state: Y.Map<unknown>): PhaseId {
  const phase = state.get(CONTROL_KEYS.phase);
  return isPhaseId(phase) ? phase : PHASE_IDS[0];
}
