import { Type, type Static } from '@sinclair/typebox';
import { PhaseSchema } from '../board/items.js';
import { BREAKOUT_LIMITS, BreakoutMixSchema } from '../control/breakout.js';
import { RevealModeSchema } from '../control/silent.js';
import { VOTE_LIMITS } from '../control/voting.js';

/**
 * Session methods (issue 19): a method is a template of timed steps with
 * prompts and the equality controls each step uses. The library's methods are
 * JSON files in `shared/methods/`, checked against these schemas by a test;
 * the facilitator's agenda (`agenda.ts`) is made from one.
 */
export const METHOD_LIMITS = {
  /** Steps in one method or agenda. */
  maxSteps: 40,
  /** Planned length of one step, minutes. */
  maxStepMinutes: 240,
  /** A step's title, characters. */
  titleLength: 120,
  /** A step's prompt, characters. */
  promptLength: 1_000,
  /** A method's id, characters (lower-case letters, digits and dashes). */
  idLength: 64,
} as const;

/**
 * The equality controls a step turns on when it starts (and the agenda turns
 * off again when the step ends): silent writing, a dot vote, a speaking
 * round, anonymous mode, breakout groups.
 */
export const StepControlsSchema = Type.Object(
  {
    silentWriting: Type.Optional(
      Type.Object({ reveal: RevealModeSchema }, { additionalProperties: false }),
    ),
    vote: Type.Optional(
      Type.Object(
        { dots: Type.Integer({ minimum: 1, maximum: VOTE_LIMITS.maxDotsPerParticipant }) },
        { additionalProperties: false },
      ),
    ),
    speakingRound: Type.Optional(Type.Literal(true)),
    anonymity: Type.Optional(
      Type.Object(
        { mode: Type.Union([Type.Literal('workshop'), Type.Literal('phase')]) },
        { additionalProperties: false },
      ),
    ),
    breakout: Type.Optional(
      Type.Object(
        {
          // The sizes and mixes `startBreakout` takes (control/breakout.ts).
          groupSize: Type.Integer({
            minimum: BREAKOUT_LIMITS.minGroupSize,
            maximum: BREAKOUT_LIMITS.maxGroupSize,
          }),
          mix: BreakoutMixSchema,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type StepControls = Static<typeof StepControlsSchema>;

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const localized = (maxLength: number) =>
  Type.Object(
    { nb: text(maxLength), nn: text(maxLength), en: text(maxLength) },
    { additionalProperties: false },
  );

export const StepMinutesSchema = Type.Integer({
  minimum: 1,
  maximum: METHOD_LIMITS.maxStepMinutes,
});

export const MethodStepSchema = Type.Object(
  {
    title: localized(METHOD_LIMITS.titleLength),
    minutes: StepMinutesSchema,
    /** The phase the step moves the workshop to; without one the step stays where the room is. */
    phase: Type.Optional(PhaseSchema),
    /** What the facilitator says and every screen shows while the step runs. */
    prompt: localized(METHOD_LIMITS.promptLength),
    controls: Type.Optional(StepControlsSchema),
  },
  { additionalProperties: false },
);
export type MethodStep = Static<typeof MethodStepSchema>;

export const MethodSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: METHOD_LIMITS.idLength }),
    name: localized(METHOD_LIMITS.titleLength),
    /** What it is for, on the library's card. */
    summary: localized(METHOD_LIMITS.promptLength),
    /** The phases it is made for; empty: any phase. */
    phases: Type.Array(PhaseSchema, { maxItems: 4 }),
    steps: Type.Array(MethodStepSchema, { minItems: 1, maxItems: METHOD_LIMITS.maxSteps }),
  },
  { additionalProperties: false },
);
export type Method = Static<typeof MethodSchema>;

/** The planned length of a method or agenda, minutes. */
export function plannedMinutes(steps: readonly { minutes: number }[]): number {
  return steps.reduce((sum, step) => sum + step.minutes, 0);
}
