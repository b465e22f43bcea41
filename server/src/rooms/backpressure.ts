import type { Connection } from './connection.js';

export interface SlowSocketLimits {
  /** Above this many queued bytes a socket gets no broadcasts until it drains. */
  highWaterBytes: number;
  /** At or below this, a socket behind is caught up. */
  lowWaterBytes: number;
  /** Above this many queued bytes a socket is closed. */
  maxBufferedBytes: number;
  /** A socket behind for longer than this is closed, ms. */
  maxBehindMs: number;
  /** A socket behind that missed more document bytes than this is closed. */
  maxMissedBytes: number;
}

export interface SlowSocketHooks {
  /** Close the socket with 1013 and `reason`; the room forgets the connection. */
  drop(connection: Connection, reason: string): void;
  /** Send one catch-up: the missed stored updates (merged) and the current presence. */
  catchUp(connection: Connection, missedUpdates: Uint8Array[]): void;
  /** Run a room turn (which calls `catchUpDrained`) while some socket is behind. */
  wake(): void;
  observe?(event: 'behind' | 'caught-up'): void;
}

/** How often a room with a socket behind checks whether it drained, ms. */
const DRAIN_CHECK_MS = 25;

/**
 * Backpressure: a socket that cannot keep up (its queue above the high-water
 * mark) is sent nothing more; the stored updates it misses are kept (the same
 * buffers everybody else got) and, once its queue is below the low-water mark,
 * it gets them as ONE merged update plus the current presence. Past the hard
 * limits (queue, time behind, missed bytes) it is closed with 1013 and its
 * client resyncs on reconnect. Nobody else ever waits for it.
 */
export class SlowSockets {
  private readonly behind = new Set<Connection>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly limits: SlowSocketLimits,
    private readonly hooks: SlowSocketHooks,
  ) {}

  /** May a broadcast go to this socket now? Marks it behind (or drops it) if not. */
  canSend(connection: Connection): boolean {
    if (connection.behindSince !== 0) return false;
    const buffered = connection.socket.bufferedAmount;
    if (buffered > this.limits.maxBufferedBytes) {
      this.hooks.drop(connection, 'too slow to keep up');
      return false;
    }
    if (buffered <= this.limits.highWaterBytes) return true;
    connection.behindSince = performance.now();
    this.behind.add(connection);
    this.hooks.observe?.('behind');
    this.timer ??= setInterval(this.hooks.wake, DRAIN_CHECK_MS);
    this.timer.unref();
    return false;
  }

  /** A direct reply (sync step 2, a presence query) goes out unless the socket is past the hard limit. */
  canReply(connection: Connection): boolean {
    if (connection.socket.bufferedAmount <= this.limits.maxBufferedBytes) return true;
    this.hooks.drop(connection, 'too slow to keep up');
    return false;
  }

  /** A stored update a socket behind did not get; kept for its catch-up. */
  keep(connection: Connection, update: Uint8Array): void {
    connection.missedUpdates.push(update);
    connection.missedBytes += update.length;
    if (connection.missedBytes > this.limits.maxMissedBytes) {
      this.hooks.drop(connection, 'too far behind to catch up');
    }
  }

  /** Catch up the sockets that drained; drop those behind for too long. */
  catchUpDrained(now: number): void {
    for (const connection of this.behind) {
      const buffered = connection.socket.bufferedAmount;
      if (buffered > this.limits.maxBufferedBytes) {
        this.hooks.drop(connection, 'too slow to keep up');
      } else if (buffered <= this.limits.lowWaterBytes) {
        const missed = connection.missedUpdates;
        this.forget(connection);
        this.hooks.catchUp(connection, missed);
        this.hooks.observe?.('caught-up');
      } else if (now - connection.behindSince > this.limits.maxBehindMs) {
        this.hooks.drop(connection, 'too slow to keep up');
      }
    }
  }

  get size(): number {
    return this.behind.size;
  }

  /** The connection left or caught up: nothing is kept for it any more. */
  forget(connection: Connection): void {
    connection.behindSince = 0;
    connection.missedUpdates = [];
    connection.missedBytes = 0;
    this.behind.delete(connection);
    if (this.behind.size === 0) this.dispose();
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
