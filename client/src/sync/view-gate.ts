/**
 * When the big initial state of a board may be integrated (JOIN-10). Yjs
 * integrates a 10,000-note board in one uninterrupted task (1–1.5 s of a
 * phone's throttled main thread); run before the view the person is on has
 * painted, or before their tap is handled, it holds both back. So the
 * initial state waits: first for pending input, then for every view that
 * holds it (the board's picture until it is on screen), then for the next
 * paint.
 */

/** Longest a view may hold the initial state: a safety net, not a timing. */
export const VIEW_HOLD_LIMIT_MS = 3_000;
/** A hidden page gets no animation frame; do not wait for one longer than this. */
const FRAME_FALLBACK_MS = 250;

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Let pending input (a tap) run before what follows: `scheduler.yield()`, else a message-channel task. */
export function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return yieldToTasks();
}

/**
 * Let everything already queued run first (input, timers, other messages,
 * a frame that is due): a new task at the back of the queue. Unlike
 * `scheduler.yield()`, whose continuation goes before other tasks, this
 * lets a long series of steps (a board's parts, JOIN-11) share the main
 * thread with whatever else is waiting.
 */
export function yieldToTasks(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves in a task after the next frame has been painted (soon, where nothing paints). */
export function afterNextPaint(): Promise<void> {
  if (
    typeof requestAnimationFrame !== 'function' ||
    typeof document === 'undefined' ||
    document.visibilityState === 'hidden'
  )
    return yieldToInput();
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      void yieldToInput().then(resolve);
    };
    const fallback = setTimeout(finish, FRAME_FALLBACK_MS);
    requestAnimationFrame(finish);
  });
}

export class ViewGate {
  private holds = 0;
  private waiters: (() => void)[] = [];

  /**
   * Hold the initial state back until the returned release is called (or
   * `VIEW_HOLD_LIMIT_MS` has passed). Releasing twice is harmless.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      clearTimeout(limit);
      this.holds--;
      if (this.holds === 0) for (const wake of this.waiters.splice(0)) wake();
    };
    const limit = setTimeout(release, VIEW_HOLD_LIMIT_MS);
    return release;
  }

  get held(): boolean {
    return this.holds > 0;
  }

  /** Resolves when the initial state may be integrated: input first, no view holding it, painted. */
  async whenClear(): Promise<void> {
    do {
      await yieldToInput();
      // A tap handled just now may have opened a view that holds it.
      while (this.holds > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
      await afterNextPaint();
    } while (this.holds > 0);
  }
}
