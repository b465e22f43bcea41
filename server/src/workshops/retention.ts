import type { Storage } from '../storage/index.js';
import { AppError } from '../http/errors.js';

/**
 * Retention (GDPR: keep no longer than needed). Workshops are deleted for
 * good `days` after their last activity: hourly and at start-up. The log
 * says how many, never which (PRIV-2).
 */
export const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

export interface RetentionOptions {
  storage: Storage;
  /** Deletes one workshop for good (closes its sockets first). */
  deleteWorkshop: (workshopId: string) => Promise<void>;
  /** 0 turns retention off. */
  days: number;
  logger: {
    info(details: object, message: string): void;
    error(details: object, message: string): void;
  };
  intervalMs?: number;
}

export class RetentionSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly options: RetentionOptions) {}

  start(): void {
    if (this.options.days <= 0 || this.timer) return;
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), this.options.intervalMs ?? HOUR_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Deletes what has been inactive for `days`; resolves with how many. One sweep at a time. */
  sweep(now = Date.now()): Promise<number> {
    this.running ??= this.deleteInactive(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async deleteInactive(now: number): Promise<number> {
    const { storage, days, logger } = this.options;
    let deleted = 0;
    let failed = 0;
    try {
      const ids = await storage.workshops.listInactiveSince(now - days * DAY_MS);
      for (const id of ids) {
        try {
          await this.options.deleteWorkshop(id);
          deleted += 1;
        } catch (error) {
          // Deleted meanwhile by its facilitator: nothing left to do.
          if (!(error instanceof AppError && error.code === 'WORKSHOP_NOT_FOUND')) failed += 1;
        }
      }
    } catch (error) {
      logger.error({ err: error }, 'retention sweep failed');
      return deleted;
    }
    if (deleted > 0 || failed > 0) {
      logger.info(
        { deleted, failed, retentionDays: days },
        'retention: deleted inactive workshops',
      );
    }
    return deleted;
  }
}

/**
 * Records that a workshop is in use (a token was used for it), so retention
 * counts from the last time anybody worked on it, not the last join. Writes
 * at most once per `everyMs` per workshop.
 */
export class ActivityRecorder {
  private readonly written = new Map<string, number>();

  constructor(
    private readonly storage: Storage,
    private readonly everyMs = 10 * 60 * 1000,
  ) {}

  record(workshopId: string, now = Date.now()): void {
    const last = this.written.get(workshopId);
    if (last !== undefined && now - last < this.everyMs) return;
    // Bounded: a forgotten entry costs one more write, nothing else.
    if (this.written.size > 10_000) this.written.clear();
    this.written.set(workshopId, now);
    this.storage.workshops.update(workshopId, { lastActivityAt: now }).catch(() => {
      this.written.delete(workshopId);
    });
  }
}
