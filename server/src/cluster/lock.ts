import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ClusterLogger } from './types.js';

/** A holder that dies keeps the lock at most this long. */
const LOCK_TTL_MS = 10_000;
/** How long a caller waits for the lock before going ahead without it. */
const WAIT_LIMIT_MS = 5_000;
/** Going ahead unguarded is logged at most once per this many ms. */
const WARN_INTERVAL_MS = 30_000;

// Delete the key only if it still holds our token: a lock that expired and
// was taken by another instance is not ours to release.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A lock per key across instances (SET NX PX with a random token), for the
 * short read-then-write steps on a document only the server writes.
 *
 * When Redis is away (or the lock is held past the wait limit) the step runs
 * anyway, with a warning: refusing it would leave actions half done whose
 * first part is already committed (a closed vote without its results shown, a
 * dot stored but answered 503). The caller re-reads storage right before its
 * step, so what is lost without the lock is at most a change another instance
 * commits in those same milliseconds.
 */
export class RedisLock {
  /** Per key, the tail of this instance's queue: one request at a time asks Redis, in order. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private warnedAt = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: ClusterLogger,
  ) {}

  exclusively<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.acrossInstances(key, task));
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  private async acrossInstances<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lockKey = `${this.prefix}${key}`;
    const token = randomBytes(12).toString('base64url');
    const taken = await this.take(lockKey, token);
    try {
      return await task();
    } finally {
      if (taken) {
        await this.redis.eval(RELEASE, 1, lockKey, token).catch(() => {
          // It expires by itself after LOCK_TTL_MS.
        });
      }
    }
  }

  /** True once the lock is ours; false when going ahead without it. */
  private async take(lockKey: string, token: string): Promise<boolean> {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        if ((await this.redis.set(lockKey, token, 'PX', LOCK_TTL_MS, 'NX')) === 'OK') return true;
      } catch (error) {
        this.warn(
          error,
          'Redis unreachable: changing workshop state without the cross-instance lock',
        );
        return false;
      }
      if (Date.now() > deadline) {
        this.warn(null, `lock held for over ${WAIT_LIMIT_MS} ms: going ahead without it`);
        return false;
      }
      // Short, jittered waits: the steps guarded here take a few milliseconds.
      const wait = Math.min(5 + attempt * 5, 50) * Math.random() + 2;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private warn(error: unknown, message: string): void {
    if (Date.now() - this.warnedAt < WARN_INTERVAL_MS) return;
    this.warnedAt = Date.now();
    const err = error instanceof Error ? { message: error.message } : undefined;
    this.logger.warn({ err }, message);
  }
}
