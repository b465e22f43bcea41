/** Cursor positions sent per second at most (issue 3: "~20 updates a second"). */
export const CURSOR_UPDATES_PER_SECOND = 20;
export const CURSOR_INTERVAL_MS = 1000 / CURSOR_UPDATES_PER_SECOND;

export interface Throttled<T> {
  (value: T): void;
  /** Send what is waiting now (e.g. the pointer left the canvas). */
  flush(): void;
  cancel(): void;
}

/**
 * Calls `send` at most once per `intervalMs`: the first value at once, then
 * the latest value at the end of each interval — never a stale position last.
 */
export function throttle<T>(
  send: (value: T) => void,
  intervalMs: number,
  clock: { now: () => number } = Date,
): Throttled<T> {
  let lastSent = -Infinity;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const fire = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastSent = clock.now();
    send(value);
  };

  const throttled = ((value: T) => {
    pending = { value };
    if (timer) return;
    const wait = lastSent + intervalMs - clock.now();
    if (wait <= 0) fire();
    else timer = setTimeout(fire, wait);
  }) as Throttled<T>;
  throttled.flush = () => {
    if (timer) clearTimeout(timer);
    fire();
  };
  throttled.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
