import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema } from '../board/items.js';
import type { Language } from '../languages.js';
import { literalUnion } from '../schema.js';
import { METHOD_LIMITS, StepControlsSchema, StepMinutesSchema, type Method } from './schema.js';

/**
 * The agenda (control document, key `agenda`): the meetup's ordered steps in
 * the workshop's language, which one runs, and when each actually started
 * and ended (server time, ms), so the export can set planned against actual
 * minutes. Only the server writes it, in answer to the agenda actions.
 */
export const AGENDA_KEY = 'agenda';

export const AGENDA_STATUSES = ['planned', 'running', 'ended'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

const time = Type.Union([Type.Number({ minimum: 0 }), Type.Null()]);

/** One step as the facilitator may write it (`setAgenda {steps}`, an imported template). */
export const AgendaStepInputSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: METHOD_LIMITS.titleLength }),
    prompt: Type.Optional(Type.String({ maxLength: METHOD_LIMITS.promptLength })),
    minutes: StepMinutesSchema,
    phase: Type.Optional(PhaseSchema),
    controls: Type.Optional(StepControlsSchema),
  },
  { additionalProperties: false },
);
export type AgendaStepInput = Static<typeof AgendaStepInputSchema>;

export const AgendaStepSchema = Type.Object({
  title: Type.String({ maxLength: METHOD_LIMITS.titleLength }),
  prompt: Type.String({ maxLength: METHOD_LIMITS.promptLength }),
  minutes: StepMinutesSchema,
  phase: Type.Optional(PhaseSchema),
  controls: StepControlsSchema,
  /** When the step actually started; null before it ran. A step run twice keeps its first start. */
  startedAt: time,
  /** When it actually ended (the next step started, or the agenda ended). */
  endedAt: time,
});
export type AgendaStep = Static<typeof AgendaStepSchema>;

export const AgendaStateSchema = Type.Object({
  /** The library method it was made from, or null for the facilitator's own steps. */
  methodId: Type.Union([Type.String({ maxLength: METHOD_LIMITS.idLength }), Type.Null()]),
  status: literalUnion(AGENDA_STATUSES),
  /** Index of the running step; null before the first step and after the end. */
  current: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  steps: Type.Array(AgendaStepSchema, { maxItems: METHOD_LIMITS.maxSteps }),
});
export type AgendaState = Static<typeof AgendaStateSchema>;

/** The agenda as stored, or null when there is none (or it is malformed). */
export function readAgenda(value: unknown): AgendaState | null {
  return Value.Check(AgendaStateSchema, value) ? value : null;
}

/** The running step, if any. */
export function currentAgendaStep(agenda: AgendaState | null): AgendaStep | null {
  if (!agenda || agenda.status !== 'running' || agenda.current === null) return null;
  return agenda.steps[agenda.current] ?? null;
}

export function agendaFromSteps(
  steps: readonly AgendaStepInput[],
  methodId: string | null = null,
): AgendaState {
  return {
    methodId,
    status: 'planned',
    current: null,
    steps: steps.map((step) => ({
      title: step.title,
      prompt: step.prompt ?? '',
      minutes: step.minutes,
      ...(step.phase ? { phase: step.phase } : {}),
      controls: step.controls ?? {},
      startedAt: null,
      endedAt: null,
    })),
  };
}

/** A method's steps in one language, as a planned agenda. */
export function agendaFromMethod(method: Method, language: Language): AgendaState {
  return agendaFromSteps(
    method.steps.map((step) => ({
      title: step.title[language],
      prompt: step.prompt[language],
      minutes: step.minutes,
      ...(step.phase ? { phase: step.phase } : {}),
      ...(step.controls ? { controls: step.controls } : {}),
    })),
    method.id,
  );
}
