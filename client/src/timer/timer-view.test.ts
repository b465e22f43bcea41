import {
  STOPPED_TIMER,
  extendTimerState,
  pauseTimerState,
  resumeTimerState,
  startTimerState,
} from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { clockOffset } from './server-clock';
import { describeTimer, formatClock, timerChange } from './timer-view';

const MIN = 60_000;

describe('formatClock', () => {
  it('shows minutes and seconds, hours when needed, and rounds seconds up', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(4 * MIN + 5_000)).toBe('4:05');
    expect(formatClock(4 * MIN + 4_001)).toBe('4:05');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(62 * MIN + 3_000)).toBe('1:02:03');
  });
});

describe('describeTimer', () => {
  it('tells idle, running, the last minute, paused and ended apart', () => {
    const running = startTimerState(5 * MIN, 0);
    expect(describeTimer(STOPPED_TIMER, 0).kind).toBe('idle');
    expect(describeTimer(running, MIN)).toMatchObject({
      kind: 'running',
      fraction: 0.8,
      lastMinute: false,
    });
    expect(describeTimer(running, 4.5 * MIN)).toMatchObject({ kind: 'running', lastMinute: true });
    expect(describeTimer(running, 6 * MIN)).toMatchObject({ kind: 'ended', remainingMs: 0 });
    expect(describeTimer(pauseTimerState(running, MIN)!, 50 * MIN)).toMatchObject({
      kind: 'paused',
      remainingMs: 4 * MIN,
    });
  });
});

describe('timerChange', () => {
  it('names what the facilitator did, and nothing when the timer is the same', () => {
    const running = startTimerState(5 * MIN, 0);
    const paused = pauseTimerState(running, MIN)!;
    expect(timerChange(STOPPED_TIMER, running)).toEqual({ kind: 'started', minutes: 5 });
    expect(timerChange(running, running)).toBeNull();
    expect(timerChange(running, paused)).toEqual({ kind: 'paused' });
    expect(timerChange(paused, resumeTimerState(paused, 2 * MIN)!)).toEqual({ kind: 'resumed' });
    expect(timerChange(running, extendTimerState(running, MIN, 2 * MIN)!)).toEqual({
      kind: 'extended',
    });
    expect(timerChange(paused, extendTimerState(paused, MIN, 2 * MIN)!)).toEqual({
      kind: 'extended',
    });
    expect(timerChange(running, startTimerState(10 * MIN, 2 * MIN))).toEqual({
      kind: 'started',
      minutes: 10,
    });
    expect(timerChange(running, { ...STOPPED_TIMER, updatedAt: 3 })).toEqual({ kind: 'stopped' });
  });
});

describe('clockOffset', () => {
  it('counts half the round trip as the way there', () => {
    expect(clockOffset(10_050, 1_000, 1_100)).toBe(9_000);
  });
});
