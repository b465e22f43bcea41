import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURSOR_INTERVAL_MS, throttle } from './throttle';

describe('throttle (cursor publishing)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most 20 positions a second however fast the pointer moves, ending on the latest', () => {
    const sent: number[] = [];
    const publish = throttle((x: number) => sent.push(x), CURSOR_INTERVAL_MS);
    // A pointer event every 4 ms for one second: 250 moves.
    for (let i = 1; i <= 250; i += 1) {
      publish(i);
      vi.advanceTimersByTime(4);
    }
    vi.advanceTimersByTime(CURSOR_INTERVAL_MS);
    expect(sent.length).toBeLessThanOrEqual(21);
    expect(sent.length).toBeGreaterThanOrEqual(19);
    expect(sent[0]).toBe(1);
    expect(sent.at(-1)).toBe(250);
  });

  it('sends the first value at once and nothing stale after cancel', () => {
    const sent: string[] = [];
    const publish = throttle((v: string) => sent.push(v), 50);
    publish('a');
    publish('b');
    expect(sent).toEqual(['a']);
    publish.cancel();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a']);
    publish('c');
    expect(sent).toEqual(['a', 'c']);
  });

  it('flush sends what waits at once', () => {
    const sent: string[] = [];
    const publish = throttle((v: string) => sent.push(v), 50);
    publish('a');
    publish('b');
    publish.flush();
    expect(sent).toEqual(['a', 'b']);
  });
});
