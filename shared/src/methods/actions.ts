import { Type, type TObject } from '@sinclair/typebox';
import { AgendaStepInputSchema } from './agenda.js';
import { METHOD_LIMITS } from './schema.js';

const action = <T extends string, P extends TObject['properties']>(type: T, props: P) =>
  Type.Object({ type: Type.Literal(type), ...props }, { additionalProperties: false });

/**
 * The agenda's actions (facilitator only), spread into `ActionSchemas`.
 * `setAgenda` takes a library method's id or the facilitator's own steps
 * (exactly one of the two; the server says so when both or neither come).
 */
export const AGENDA_ACTION_SCHEMAS = {
  setAgenda: action('setAgenda', {
    methodId: Type.Optional(Type.String({ minLength: 1, maxLength: METHOD_LIMITS.idLength })),
    steps: Type.Optional(
      Type.Array(AgendaStepInputSchema, { minItems: 1, maxItems: METHOD_LIMITS.maxSteps }),
    ),
  }),
  startStep: action('startStep', {
    index: Type.Integer({ minimum: 0, maximum: METHOD_LIMITS.maxSteps - 1 }),
  }),
  nextStep: action('nextStep', {}),
  endAgenda: action('endAgenda', {}),
} as const;
