import { Type, type Static } from '@sinclair/typebox';
import { PhaseSchema } from '../board/items.js';
import {
  AgendaStepInputSchema,
  agendaFromSteps,
  type AgendaState,
  type AgendaStepInput,
} from './agenda.js';
import { METHOD_LIMITS } from './schema.js';

const isoTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$',
  maxLength: 30,
});

/**
 * The agenda in `export.json`: the planned steps (what a template carries
 * into the next meetup) and, where a step ran, its actual start and end.
 * Optional in the file, so exports from before the agenda still read.
 */
export const ExportedAgendaSchema = Type.Object({
  methodId: Type.Union([Type.String({ maxLength: METHOD_LIMITS.idLength }), Type.Null()]),
  steps: Type.Array(
    Type.Object({
      ...AgendaStepInputSchema.properties,
      phase: Type.Optional(PhaseSchema),
      startedAt: Type.Optional(isoTime),
      endedAt: Type.Optional(isoTime),
    }),
    { maxItems: METHOD_LIMITS.maxSteps },
  ),
});
export type ExportedAgenda = Static<typeof ExportedAgendaSchema>;

const iso = (ms: number) => new Date(ms).toISOString();

export function exportAgenda(agenda: AgendaState): ExportedAgenda {
  return {
    methodId: agenda.methodId,
    steps: agenda.steps.map((step) => ({
      title: step.title,
      prompt: step.prompt,
      minutes: step.minutes,
      ...(step.phase ? { phase: step.phase } : {}),
      controls: step.controls,
      ...(step.startedAt !== null ? { startedAt: iso(step.startedAt) } : {}),
      ...(step.endedAt !== null ? { endedAt: iso(step.endedAt) } : {}),
    })),
  };
}

/**
 * The agenda an imported file sets: as a template, the planned steps, ready
 * to run; as a whole workshop, the same with the actual times kept (an
 * archive read back must show what happened), and ended if it ran.
 */
export function importAgenda(exported: ExportedAgenda, mode: 'workshop' | 'template'): AgendaState {
  const inputs: AgendaStepInput[] = exported.steps.map((step) => ({
    title: step.title,
    ...(step.prompt !== undefined ? { prompt: step.prompt } : {}),
    minutes: step.minutes,
    ...(step.phase ? { phase: step.phase } : {}),
    ...(step.controls ? { controls: step.controls } : {}),
  }));
  const planned = agendaFromSteps(inputs, exported.methodId);
  if (mode === 'template') return planned;
  const time = (value: string | undefined) => (value ? Date.parse(value) : null);
  const steps = planned.steps.map((step, index) => ({
    ...step,
    startedAt: time(exported.steps[index]?.startedAt),
    endedAt: time(exported.steps[index]?.endedAt),
  }));
  const ran = steps.some((step) => step.startedAt !== null);
  return { ...planned, status: ran ? 'ended' : 'planned', steps };
}
