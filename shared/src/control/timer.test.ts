import { describe, expect, it } from 'vitest';
import {
  STOPPED_TIMER,
  TIMER_MAX_MS,
  extendTimerState,
  pauseTimerState,
  readTimer,
  resumeTimerState,
  startTimerState,
  stopTimerState,
  timerHasEnded,
  timerRemainingMs,
} from './timer.js';

const MIN = 60_000;

describe('timer math', () => {
  it('counts down from the end time, and stays at zero once it has passed', () => {
    const timer = startTimerState(5 * MIN, 1_000);
    expect(timerRemainingMs(timer, 1_000)).toBe(5 * MIN);
    expect(timerRemainingMs(timer, 1_000 + 2 * MIN)).toBe(3 * MIN);
    expect(timerRemainingMs(timer, 1_000 + 9 * MIN)).toBe(0);
    expect(timerHasEnded(timer, 1_000 + 5 * MIN)).toBe(true);
    expect(timerHasEnded(timer, 1_000 + 5 * MIN - 1)).toBe(false);
  });

  it('TIMER-1: keeps what is left while paused, and goes on from there when resumed', () => {
    const running = startTimerState(5 * MIN, 0);
    const paused = pauseTimerState(running, 2 * MIN)!;
    expect(paused).toMatchObject({ status: 'paused', endsAt: null, remainingMs: 3 * MIN });
    // Time passes during the pause; nothing is lost.
    expect(timerRemainingMs(paused, 60 * MIN)).toBe(3 * MIN);
    const resumed = resumeTimerState(paused, 60 * MIN)!;
    expect(resumed).toMatchObject({ status: 'running', endsAt: 63 * MIN });
    expect(timerRemainingMs(resumed, 61 * MIN)).toBe(2 * MIN);
  });

  it('adds time to a running or paused timer, and restarts one that reached zero', () => {
    const running = startTimerState(5 * MIN, 0);
    const extended = extendTimerState(running, MIN, 1 * MIN)!;
    expect(timerRemainingMs(extended, 1 * MIN)).toBe(5 * MIN);
    expect(extended.durationMs).toBe(6 * MIN);

    const paused = extendTimerState(pauseTimerState(running, 4 * MIN)!, MIN, 10 * MIN)!;
    expect(paused).toMatchObject({ status: 'paused', remainingMs: 2 * MIN });

    const afterZero = extendTimerState(running, MIN, 7 * MIN)!;
    expect(afterZero).toMatchObject({ status: 'running', endsAt: 8 * MIN, remainingMs: MIN });
  });

  it('refuses what makes no sense: pausing a paused timer, resuming a running one, extending a stopped one', () => {
    const running = startTimerState(MIN, 0);
    const paused = pauseTimerState(running, 1)!;
    expect(pauseTimerState(paused, 2)).toBeNull();
    expect(pauseTimerState(STOPPED_TIMER, 2)).toBeNull();
    expect(resumeTimerState(running, 2)).toBeNull();
    expect(resumeTimerState(STOPPED_TIMER, 2)).toBeNull();
    expect(extendTimerState(stopTimerState(5), MIN, 6)).toBeNull();
  });

  it('never runs longer than the maximum', () => {
    const timer = startTimerState(TIMER_MAX_MS * 2, 0);
    expect(timer.durationMs).toBe(TIMER_MAX_MS);
    const extended = extendTimerState(timer, 10 * MIN, 0)!;
    expect(timerRemainingMs(extended, 0)).toBe(TIMER_MAX_MS);
  });

  it('reads a missing or malformed timer as stopped', () => {
    for (const value of [
      undefined,
      null,
      'running',
      { status: 'running' },
      { ...STOPPED_TIMER, status: 'boiling' },
    ]) {
      expect(readTimer(value)).toEqual(STOPPED_TIMER);
    }
    expect(readTimer({ ...startTimerState(MIN, 0), endsAt: null })).toEqual(STOPPED_TIMER);
    const valid = startTimerState(MIN, 5);
    expect(readTimer(valid)).toEqual(valid);
  });
});
