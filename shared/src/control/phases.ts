import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema } from '../board/items.js';
import type { PhaseId } from '../phases.js';

/**
 * When each phase ran, in the control document under `phaseLog`, for the
 * case-file export ("Utforske 18:02–18:47"). The server appends to it when the
 * facilitator moves the workshop (`setPhase`); the last entry without
 * `endedAt` is the phase under way. The log starts empty: a phase counts as
 * run from the moment the facilitator starts it, not from when the workshop
 * was created (often days before the meetup).
 */
export const PHASE_LOG_KEY = 'phaseLog';

/** Keep the log bounded even if somebody clicks back and forth all evening. */
export const PHASE_LOG_MAX_ENTRIES = 200;

const time = Type.Number({ minimum: 0, maximum: 1e15 });

export const PhaseLogEntrySchema = Type.Object({
  phase: PhaseSchema,
  startedAt: time,
  endedAt: Type.Optional(time),
});
export type PhaseLogEntry = Static<typeof PhaseLogEntrySchema>;

/** The log as stored; malformed entries are skipped, a malformed log is empty. */
export function readPhaseLog(value: unknown): PhaseLogEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter((entry): entry is PhaseLogEntry => Value.Check(PhaseLogEntrySchema, entry));
}

/** The entry of the phase under way, if the facilitator has started one. */
export function openPhaseEntry(log: readonly PhaseLogEntry[]): PhaseLogEntry | undefined {
  const last = log[log.length - 1];
  return last && last.endedAt === undefined ? last : undefined;
}

/**
 * The log after the facilitator moved the workshop to `phase` at `now`: the
 * open entry ends and a new one starts. Moving to the phase already under way
 * changes nothing.
 */
export function logPhaseStart(
  log: readonly PhaseLogEntry[],
  phase: PhaseId,
  now: number,
): PhaseLogEntry[] {
  const open = openPhaseEntry(log);
  if (open?.phase === phase) return [...log];
  const closed = open ? [...log.slice(0, -1), { ...open, endedAt: now }] : [...log];
  return [...closed, { phase, startedAt: now }].slice(-PHASE_LOG_MAX_ENTRIES);
}
