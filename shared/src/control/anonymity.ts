import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema } from '../board/items.js';
import type { PhaseId } from '../phases.js';
import { literalUnion } from '../schema.js';

/**
 * Anonymous input (anonyme innspill). The facilitator turns anonymous mode on
 * for the whole workshop or one phase, and may allow single anonymous
 * contributions at any time. An anonymous note is created by the server
 * (`addAnonymousNote`), so nothing on the board, in storage or in the logs
 * carries its author (docs/invariants.md, ANON-1…ANON-4).
 */
export const ANONYMITY_KEY = 'anonymity';

export const ANONYMITY_MODES = ['off', 'workshop', 'phase'] as const;
export type AnonymityMode = (typeof ANONYMITY_MODES)[number];
export const AnonymityModeSchema = literalUnion(ANONYMITY_MODES);

export const AnonymityStateSchema = Type.Object({
  mode: AnonymityModeSchema,
  /** The phase anonymous mode applies to when `mode` is `phase`; null otherwise. */
  phase: Type.Union([PhaseSchema, Type.Null()]),
  /** Whether anyone may send a single contribution anonymously while the mode is off. */
  allowSingle: Type.Boolean(),
});
export type AnonymityState = Static<typeof AnonymityStateSchema>;

export const DEFAULT_ANONYMITY: AnonymityState = { mode: 'off', phase: null, allowSingle: false };

export function readAnonymity(value: unknown): AnonymityState {
  return Value.Check(AnonymityStateSchema, value) ? value : DEFAULT_ANONYMITY;
}

/** In anonymous mode every note of the phase goes through the server, without an author. */
export function isAnonymousPhase(state: AnonymityState, phase: PhaseId): boolean {
  return state.mode === 'workshop' || (state.mode === 'phase' && state.phase === phase);
}

/** Whether the server accepts an anonymous note for `phase`. */
export function mayPostAnonymously(state: AnonymityState, phase: PhaseId): boolean {
  return state.allowSingle || isAnonymousPhase(state, phase);
}
