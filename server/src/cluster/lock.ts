import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { AppError } from '../http/errors.js';

/** A holder that dies keeps the lock at most this long. */
const LOCK_TTL_MS = 10_000;
/** How long a caller waits for the lock before answering 503. */
const WAIT_LIMIT_MS = 5_000;

// Delete the key only if it still holds our token: a lock that expired and
// was taken by another instance is not ours to release.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A lock per key across instances (SET NX PX with a random token), for the
 * short read-then-write steps on a document only the server writes. Waiting
 * is bounded; when Redis is away the step is refused with 503 rather than run
 * unguarded, since two instances could then overwrite each other's change.
 */
export class RedisLock {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Per key, the tail of this instance's queue: one request at a time asks Redis, in order. */
  private readonly queues = new Map<string, Promise<unknown>>();

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
    const deadline = Date.now() + WAIT_LIMIT_MS;
    for (let attempt = 0; ; attempt++) {
      let taken: string | null;
      try {
        taken = await this.redis.set(lockKey, token, 'PX', LOCK_TTL_MS, 'NX');
      } catch {
        throw new AppError(
          'UNAVAILABLE',
          'The instances cannot coordinate right now (Redis unreachable); try again shortly',
        );
      }
      if (taken === 'OK') break;
      if (Date.now() > deadline) {
        throw new AppError('UNAVAILABLE', 'The workshop is busy; try again shortly');
      }
      // Short, jittered waits: the steps guarded here take a few milliseconds.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(5 + attempt * 5, 50) * Math.random() + 2),
      );
    }
    try {
      return await task();
    } finally {
      await this.redis.eval(RELEASE, 1, lockKey, token).catch(() => {
        // It expires by itself after LOCK_TTL_MS.
      });
    }
  }
}
