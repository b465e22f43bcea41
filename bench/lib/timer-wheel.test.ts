import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimerWheel } from './timer-wheel.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('TimerWheel (the load generator)', () => {
  it('calls each client at its own rate, first within one period, until stopped', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    const wheel = new TimerWheel(5, 10_000);
    let cursors = 0;
    let edits = 0;
    const stopCursor = wheel.every(200, () => cursors++);
    const stopEdit = wheel.every(2000, () => edits++);
    vi.advanceTimersByTime(200);
    expect(cursors).toBe(1);
    vi.advanceTimersByTime(9_800);
    expect(cursors).toBe(50);
    expect(edits).toBe(5);
    stopCursor();
    vi.advanceTimersByTime(2_000);
    expect(cursors).toBe(50);
    expect(edits).toBe(6);
    stopEdit();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses a period longer than the wheel', () => {
    expect(() => new TimerWheel(5, 1_000).every(2_000, () => {})).toThrow(/beyond the wheel/);
  });
});
