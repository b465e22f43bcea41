import {
  AGENDA_KEY,
  CONTROL_KEYS,
  DEFAULT_LANGUAGE,
  agendaFromMethod,
  agendaFromSteps,
  currentAgendaStep,
  findMethod,
  isLanguage,
  readAgenda,
  type AgendaState,
} from '@moteplass/shared';
import { changeControl } from '../actions/control.js';
import { defineAction, type ActionContext, type ActionHandler } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { switchStepControls, type Dispatch } from './controls.js';
import {
  changeAgenda,
  endAgendaState,
  nextStepIndex,
  startStepState,
  type AgendaChange,
} from './state.js';

/** What every agenda action answers: where the agenda stands and what the step's controls did. */
function reply(context: ActionContext, agenda: AgendaState, controls: unknown[] = []) {
  return {
    agenda: { status: agenda.status, current: agenda.current, steps: agenda.steps.length },
    controls,
    serverTime: context.now,
  };
}

async function afterSwitch(context: ActionContext, dispatch: Dispatch, change: AgendaChange) {
  const controls = await switchStepControls(
    context,
    dispatch,
    currentAgendaStep(change.before),
    currentAgendaStep(change.after),
    change.phase,
  );
  return reply(context, change.after, controls);
}

/**
 * The agenda's actions. They take the dispatcher so that a step's controls
 * go through the same path (schema, rules, facilitator check) as the
 * facilitator's own buttons.
 */
export function agendaHandlers(dispatch: Dispatch): ActionHandler[] {
  const setAgenda = defineAction({
    type: 'setAgenda',
    allowed: 'facilitator',
    async run(context, { methodId, steps }) {
      if ((methodId === undefined) === (steps === undefined)) {
        throw new AppError('BAD_REQUEST', 'Give either methodId or steps');
      }
      const method = methodId === undefined ? undefined : findMethod(methodId);
      if (methodId !== undefined && !method) {
        throw new AppError(
          'UNKNOWN_METHOD',
          `No method ${JSON.stringify(methodId)} in the library`,
        );
      }
      let agenda: AgendaState | null = null;
      await changeControl(context, (state) => {
        if (readAgenda(state.get(AGENDA_KEY))?.status === 'running') {
          throw new AppError('AGENDA_RUNNING', 'End the running agenda first (endAgenda)');
        }
        const stored = state.get(CONTROL_KEYS.language);
        const language = isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
        agenda = method ? agendaFromMethod(method, language) : agendaFromSteps(steps ?? []);
        state.set(AGENDA_KEY, agenda);
      });
      return reply(context, agenda!);
    },
  });

  const startStep = defineAction({
    type: 'startStep',
    allowed: 'facilitator',
    run: async (context, { index }) =>
      afterSwitch(
        context,
        dispatch,
        await changeAgenda(context, (agenda, now) => startStepState(agenda, index, now)),
      ),
  });

  const nextStep = defineAction({
    type: 'nextStep',
    allowed: 'facilitator',
    run: async (context) =>
      afterSwitch(
        context,
        dispatch,
        await changeAgenda(context, (agenda, now) =>
          startStepState(agenda, nextStepIndex(agenda), now),
        ),
      ),
  });

  const endAgenda = defineAction({
    type: 'endAgenda',
    allowed: 'facilitator',
    run: async (context) =>
      afterSwitch(context, dispatch, await changeAgenda(context, endAgendaState)),
  });

  return [setAgenda, startStep, nextStep, endAgenda] as ActionHandler[];
}
