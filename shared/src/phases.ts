/**
 * The four phases of the co-creation model, as data. Titles, descriptions and
 * prompts live in the i18n catalogues under `phases.<id>`; the server lays out
 * one frame per phase on a new board, and the client navigates between them.
 */
export const PHASE_IDS = ['explore', 'design', 'prototype', 'produce'] as const;

export type PhaseId = (typeof PHASE_IDS)[number];

/** What a person can put on the board in a phase. */
export const PHASE_TOOLS = ['note', 'action', 'indicator'] as const;
export type PhaseTool = (typeof PHASE_TOOLS)[number];

export interface PhaseDefinition {
  id: PhaseId;
  /** Suggested length of the phase in a typical meetup, in minutes. */
  suggestedMinutes: number;
  /** Number of prompts in the catalogue (`phases.<id>.prompts.0..n-1`). */
  promptCount: number;
  /** The tools the phase offers, in the order the board shows them. */
  tools: readonly PhaseTool[];
}

export const PHASES: readonly PhaseDefinition[] = [
  { id: 'explore', suggestedMinutes: 45, promptCount: 3, tools: ['note'] },
  { id: 'design', suggestedMinutes: 45, promptCount: 2, tools: ['note'] },
  { id: 'prototype', suggestedMinutes: 40, promptCount: 2, tools: ['note'] },
  // Thick co-creation goes on into production: who does what, and how we see the effect.
  { id: 'produce', suggestedMinutes: 30, promptCount: 3, tools: ['note', 'action', 'indicator'] },
];

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value);
}

/** 0 for the first phase; phases are ordered. */
export function phaseIndex(id: PhaseId): number {
  return PHASE_IDS.indexOf(id);
}

export function phaseDefinition(id: PhaseId): PhaseDefinition {
  // PHASES holds every id (a test checks it), so the fallback never runs.
  return PHASES.find((phase) => phase.id === id) ?? PHASES[0]!;
}

export function phaseAfter(id: PhaseId): PhaseId | undefined {
  return PHASE_IDS[phaseIndex(id) + 1];
}

export function phaseBefore(id: PhaseId): PhaseId | undefined {
  const index = phaseIndex(id);
  return index > 0 ? PHASE_IDS[index - 1] : undefined;
}

export function phaseOffers(id: PhaseId, tool: PhaseTool): boolean {
  return phaseDefinition(id).tools.includes(tool);
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Size of one phase frame on the board and the gap between frames, in board units. */
export const PHASE_FRAME_SIZE = { w: 1600, h: 1200, gap: 200 } as const;

/** Where a phase's frame sits on the board: the four frames side by side, left to right. */
export function phaseFrame(id: PhaseId): Rect {
  const { w, h, gap } = PHASE_FRAME_SIZE;
  return { x: phaseIndex(id) * (w + gap), y: 0, w, h };
}
