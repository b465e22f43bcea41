/**
 * One timer for every client of a process (the load generator, the observer
 * process): a wheel of `tickMs` slots, each holding the clients due then.
 * With a timer of its own per client and per rate, 1,500 clients of 300 rooms
 * of 6 were 3,000 Node timers, each fire its own trip through the timer list;
 * here one interval runs the slots that came due and puts each client back
 * one period later. Sends are stamped when they happen, so the tick (5 ms)
 * changes when a client sends, never what a latency measures.
 */

interface Job {
  periodTicks: number;
  tick: () => void;
  stopped: boolean;
}

export class TimerWheel {
  private readonly slots: Job[][];
  private startedAt = 0;
  /** The next slot to run, counted from `startedAt`. */
  private nextTick = 0;
  private active = 0;
  private interval: NodeJS.Timeout | undefined;

  constructor(
    private readonly tickMs = 5,
    /** The longest period the wheel holds (one edit every 2 s needs 2,000 ms). */
    spanMs = 60_000,
  ) {
    this.slots = Array.from({ length: Math.ceil(spanMs / tickMs) + 1 }, () => []);
  }

  /** Call `tick` every `periodMs`, first after a random part of one period; returns its stopper. */
  every(periodMs: number, tick: () => void): () => void {
    if (!Number.isFinite(periodMs) || periodMs <= 0) return () => {};
    const periodTicks = Math.max(1, Math.round(periodMs / this.tickMs));
    if (periodTicks >= this.slots.length)
      throw new Error(`period ${periodMs} ms is beyond the wheel`);
    if (this.active === 0) this.restart();
    const job: Job = { periodTicks, tick, stopped: false };
    this.active++;
    this.put(job, 1 + Math.floor(Math.random() * periodTicks));
    return () => {
      if (job.stopped) return;
      job.stopped = true;
      if (--this.active === 0) this.halt();
    };
  }

  private put(job: Job, ticksFromNow: number): void {
    this.slots[(this.nextTick + ticksFromNow - 1) % this.slots.length]!.push(job);
  }

  private restart(): void {
    this.startedAt = performance.now();
    this.nextTick = 0;
    for (const slot of this.slots) slot.length = 0;
    this.interval = setInterval(this.run, this.tickMs);
  }

  private halt(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  /** Every slot up to now, in order (after a stall, the ones missed too). */
  private readonly run = (): void => {
    const due = Math.floor((performance.now() - this.startedAt) / this.tickMs);
    while (this.nextTick <= due && this.interval !== undefined) {
      const index = this.nextTick % this.slots.length;
      const jobs = this.slots[index]!;
      this.slots[index] = [];
      this.nextTick++;
      for (const job of jobs) {
        if (job.stopped) continue;
        job.tick();
        this.put(job, job.periodTicks);
      }
    }
  };
}

/** The wheel of this process. */
export const timers = new TimerWheel();
