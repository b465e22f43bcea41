import { CONTROL_KEYS, CONTROL_ROOT, PHASE_IDS, isPhaseId, type PhaseId } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from '../actions/types.js';

/**
 * Read and write the control document in one synchronous step (under the
 * room's lock with several instances); resolves once stored and relayed.
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
