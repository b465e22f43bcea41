import {
  AGENDA_KEY,
  CONTROL_KEYS,
  PHASE_IDS,
  isPhaseId,
  readAgenda,
  type AgendaState,
  type PhaseId,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { changeControl } from '../actions/control.js';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';

export interface AgendaChange {
  /** The agenda before the change (never null: there is no change without one). */
  before: AgendaState;
  after: AgendaState;
  /** The workshop's phase when the change was made. */
  phase: PhaseId;
}

/**
 * Change the agenda in one step of the control document: read it, compute the
 * next state (or throw an AppError), write it. 409 NO_AGENDA without one.
 */
export async function changeAgenda(
  context: ActionContext,
  next: (agenda: AgendaState, now: number) => AgendaState,
): Promise<AgendaChange> {
  let change: AgendaChange | null = null;
  await changeControl(context, (state: Y.Map<unknown>) => {
    const before = readAgenda(state.get(AGENDA_KEY));
    if (!before) throw new AppError('NO_AGENDA', 'Set an agenda first (setAgenda)');
    const after = next(before, context.now);
    state.set(AGENDA_KEY, after);
    const phase = state.get(CONTROL_KEYS.phase);
    change = { before, after, phase: isPhaseId(phase) ? phase : PHASE_IDS[0] };
  });
  return change!;
}

/** End the running step (its actual end) and start step `index` (its actual start). */
export function startStepState(agenda: AgendaState, index: number, now: number): AgendaState {
  if (index >= agenda.steps.length) {
    throw new AppError('BAD_REQUEST', `The agenda has ${agenda.steps.length} steps`);
  }
  const steps = agenda.steps.map((step, position) => {
    if (position === index) return { ...step, startedAt: step.startedAt ?? now, endedAt: null };
    if (position === agenda.current && agenda.status === 'running') {
      return { ...step, endedAt: now };
    }
    return step;
  });
  return { ...agenda, status: 'running', current: index, steps };
}

/** The step after the running one (the first before the agenda started); 409 after the last. */
export function nextStepIndex(agenda: AgendaState): number {
  const index = agenda.status === 'planned' || agenda.current === null ? 0 : agenda.current + 1;
  if (agenda.status === 'ended' || index >= agenda.steps.length) {
    throw new AppError('NO_NEXT_STEP', 'That was the last step: end the agenda');
  }
  return index;
}

export function endAgendaState(agenda: AgendaState, now: number): AgendaState {
  if (agenda.status !== 'running') {
    throw new AppError('CONFLICT', 'The agenda is not running');
  }
  const steps = agenda.steps.map((step, position) =>
    position === agenda.current ? { ...step, endedAt: now } : step,
  );
  return { ...agenda, status: 'ended', current: null, steps };
}
