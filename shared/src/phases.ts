/**
 * The four phases of the co-creation model, as data. Titles, descriptions and
 * prompts live in the i18n catalogues under `phases.<id>`.
 */
export const PHASE_IDS = ['explore', 'design', 'prototype', 'produce'] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

export interface PhaseDefinition {
  id: PhaseId;
  /** Suggested length of the phase in a typical meetup, in minutes. */
  suggestedMinutes: number;
  /** Number of prompts in the catalogue (`phases.<id>.prompts.0..n-1`). */
  promptCount: number;
}

export const PHASES: readonly PhaseDefinition[] = [
  { id: 'explore', suggestedMinutes: 45, promptCount: 3 },
  { id: 'design', suggestedMinutes: 45, promptCount: 2 },
  { id: 'prototype', suggestedMinutes: 40, promptCount: 2 },
  { id: 'produce', suggestedMinutes: 30, promptCount: 3 },
];

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value);
}

export function phaseAfter(id: PhaseId): PhaseId | undefined {
  return PHASE_IDS[PHASE_IDS.indexOf(id) + 1];
}

export function phaseBefore(id: PhaseId): PhaseId | undefined {
  const index = PHASE_IDS.indexOf(id);
  return index > 0 ? PHASE_IDS[index - 1] : undefined;
}
