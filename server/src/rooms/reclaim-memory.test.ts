import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectGarbage, reclaimWhenEmpty } from './reclaim-memory.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('reclaim-memory', () => {
  it('runs a full collection on this Node (gc exposed at run time)', () => {
    expect(collectGarbage()).toBe(true);
  });

  it('collects once the registry has stayed empty for the delay, once per burst of unloads', () => {
    vi.useFakeTimers();
    let empty = true;
    let collections = 0;
    const emptied = reclaimWhenEmpty(
      () => empty,
      1_000,
      () => ++collections > 0,
    );
    emptied();
    vi.advanceTimersByTime(600);
    emptied(); // a second room unloads: the wait starts over
    vi.advanceTimersByTime(600);
    expect(collections).toBe(0);
    vi.advanceTimersByTime(400);
    expect(collections).toBe(1);

    emptied();
    empty = false; // a workshop started meanwhile: leave V8's schedule alone
    vi.advanceTimersByTime(1_000);
    expect(collections).toBe(1);
  });
});
