import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { literalUnion } from '../schema.js';

/**
 * The shared timer (tidtaker), in the control document under `timer`.
 *
 * Times are the server's clock (ms since the epoch). A running timer stores
 * when it ends, so every client counts down on its own without a message per
 * second; a paused one stores what was left. Nothing happens when it reaches
 * zero — it is a signal for the room, not a limit on anybody (WCAG 2.2.1).
 */
export const TIMER_KEY = 'timer';

export const TIMER_STATUSES = ['running', 'paused', 'stopped'] as const;
export type TimerStatus = (typeof TIMER_STATUSES)[number];

/** The longest a timer may run or be extended to, ms. */
export const TIMER_MAX_MS = 4 * 3600 * 1000;
/** "One minute left" is announced when this much remains, ms. */
export const TIMER_LAST_MINUTE_MS = 60_000;

const ms = Type.Number({ minimum: 0, maximum: 1e15 });

export const TimerStateSchema = Type.Object({
  status: literalUnion(TIMER_STATUSES),
  /** When a running timer reaches zero (server time); null unless running. */
  endsAt: Type.Union([ms, Type.Null()]),
  /** What was left at the last change; for a paused timer, what is left. */
  remainingMs: ms,
  /** The whole length, extensions included: what the progress is measured against. */
  durationMs: ms,
  /** Server time of the last change. */
  updatedAt: ms,
});
export type TimerState = Static<typeof TimerStateSchema>;

export const STOPPED_TIMER: TimerState = {
  status: 'stopped',
  endsAt: null,
  remainingMs: 0,
  durationMs: 0,
  updatedAt: 0,
};

/** The timer as stored, or a stopped one when missing or malformed. */
export function readTimer(value: unknown): TimerState {
  if (!Value.Check(TimerStateSchema, value)) return STOPPED_TIMER;
  if (value.status === 'running' && value.endsAt === null) return STOPPED_TIMER;
  return value;
}

/** What is left at `now`, ms (0 once a running timer has passed its end). */
export function timerRemainingMs(timer: TimerState, now: number): number {
  if (timer.status === 'running') return Math.max(0, (timer.endsAt ?? now) - now);
  if (timer.status === 'paused') return timer.remainingMs;
  return 0;
}

/** A running timer that has reached zero (it stays so until stopped or extended). */
export function timerHasEnded(timer: TimerState, now: number): boolean {
  return timer.status === 'running' && timerRemainingMs(timer, now) === 0;
}

const clamp = (value: number) => Math.min(TIMER_MAX_MS, Math.max(0, value));

export function startTimerState(durationMs: number, now: number): TimerState {
  const duration = clamp(durationMs);
  return {
    status: 'running',
    endsAt: now + duration,
    remainingMs: duration,
    durationMs: duration,
    updatedAt: now,
  };
}

/** Pause a running timer; null when it is not running (nothing to pause). */
export function pauseTimerState(timer: TimerState, now: number): TimerState | null {
  if (timer.status !== 'running') return null;
  return {
    ...timer,
    status: 'paused',
    endsAt: null,
    remainingMs: timerRemainingMs(timer, now),
    updatedAt: now,
  };
}

/** Go on from where a paused timer stopped; null when it is not paused. */
export function resumeTimerState(timer: TimerState, now: number): TimerState | null {
  if (timer.status !== 'paused') return null;
  return { ...timer, status: 'running', endsAt: now + timer.remainingMs, updatedAt: now };
}

/**
 * Add time to a running or paused timer ("+1 minute"). A timer that already
 * reached zero starts again with the added time. Null when it is stopped.
 */
export function extendTimerState(
  timer: TimerState,
  extraMs: number,
  now: number,
): TimerState | null {
  if (timer.status === 'stopped') return null;
  const remaining = clamp(timerRemainingMs(timer, now) + extraMs);
  const durationMs = clamp(Math.max(timer.durationMs + extraMs, remaining));
  return timer.status === 'running'
    ? {
        status: 'running',
        endsAt: now + remaining,
        remainingMs: remaining,
        durationMs,
        updatedAt: now,
      }
    : { ...timer, remainingMs: remaining, durationMs, updatedAt: now };
}

export function stopTimerState(now: number): TimerState {
  return { ...STOPPED_TIMER, updatedAt: now };
}
