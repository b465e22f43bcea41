/**
 * The rooms' shared event-loop turn. Everything that arrives in one turn of
 * the event loop is handled in ONE `setImmediate` for the whole server, in
 * three phases:
 * 1. every room that has something pending runs its turn (merge its updates,
 *    queue their append);
 * 2. the flushes run: the storage batch of all those rooms, whose edits go
 *    out as soon as it is stored (at once, for storage that commits synchronously);
 * 3. every room that ran sends the presence still due.
 * So an edit, which people wait for, never queues behind a hundred rooms'
 * cursor moves; one immediate per turn instead of one per room; and the
 * storage batch sees every room of the turn. Nothing waits when the server is idle.
 */
export interface TurnTask {
  runTurn(): void;
  /** After the turn's flushes (phase 3). */
  afterFlush?(): void;
}

export interface TurnFlush {
  flushTurn(): void;
}

export class TurnLoop {
  private tasks = new Set<TurnTask>();
  private flushes = new Set<TurnFlush>();
  private scheduled = false;

  /** Run `task` in the coming turn (once, however often it is scheduled). */
  schedule(task: TurnTask): void {
    this.tasks.add(task);
    this.ensureScheduled();
  }

  /** Run `flush` after the tasks of the coming turn. */
  scheduleFlush(flush: TurnFlush): void {
    this.flushes.add(flush);
    this.ensureScheduled();
  }

  private ensureScheduled(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    // While running, `scheduled` stays true: what is scheduled now (a task
    // scheduling itself again) is collected and goes out in the next turn.
    try {
      const tasks = this.tasks;
      this.tasks = new Set();
      for (const task of tasks) task.runTurn();
      const flushes = this.flushes;
      this.flushes = new Set();
      for (const flush of flushes) flush.flushTurn();
      for (const task of tasks) task.afterFlush?.();
    } finally {
      this.scheduled = false;
      if (this.tasks.size > 0 || this.flushes.size > 0) this.ensureScheduled();
    }
  };
}

/** The loop every room of this process shares. */
export const roomTurns = new TurnLoop();
