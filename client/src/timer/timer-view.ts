import { TIMER_LAST_MINUTE_MS, timerRemainingMs, type TimerState } from '@moteplass/shared';

/** What a countdown shows at one moment. */
export interface TimerView {
  kind: 'idle' | 'running' | 'paused' | 'ended';
  remainingMs: number;
  /** Share of the whole still left, 0..1 (for the calm ring). */
  fraction: number;
  lastMinute: boolean;
}

export function describeTimer(timer: TimerState, now: number): TimerView {
  const remainingMs = timerRemainingMs(timer, now);
  const fraction = timer.durationMs > 0 ? Math.min(1, remainingMs / timer.durationMs) : 0;
  const kind =
    timer.status === 'stopped'
      ? 'idle'
      : timer.status === 'paused'
        ? 'paused'
        : remainingMs === 0
          ? 'ended'
          : 'running';
  return {
    kind,
    remainingMs,
    fraction,
    lastMinute: kind === 'running' && remainingMs <= TIMER_LAST_MINUTE_MS,
  };
}

/** "4:05", "12:00" or "1:02:03". Seconds round up, so it shows 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** A change the facilitator made, worth saying once. */
export type TimerChange =
  { kind: 'started'; minutes: number } | { kind: 'paused' | 'resumed' | 'extended' | 'stopped' };

/**
 * What the facilitator did between two looks at the timer, or null when it
 * is the same timer. (Crossing "one minute left" and zero while it runs is
 * timed separately, see use-timer-announcements.ts.)
 */
export function timerChange(before: TimerState, after: TimerState): TimerChange | null {
  if (before.updatedAt === after.updatedAt && before.status === after.status) return null;
  if (after.status === 'stopped') return before.status === 'stopped' ? null : { kind: 'stopped' };
  if (after.status === 'paused')
    return before.status === 'paused' ? { kind: 'extended' } : { kind: 'paused' };
  if (before.status === 'paused') return { kind: 'resumed' };
  const extended =
    before.status === 'running' &&
    after.durationMs > before.durationMs &&
    after.remainingMs < after.durationMs;
  return extended
    ? { kind: 'extended' }
    : { kind: 'started', minutes: Math.max(1, Math.round(after.durationMs / 60_000)) };
}
