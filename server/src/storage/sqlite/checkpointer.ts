import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Folds SQLite's write-ahead log into the database file from a worker thread.
 *
 * Left to SQLite, the commit that crosses 1,000 WAL pages runs the checkpoint
 * itself, on the event loop: every few seconds under load one storage append
 * took 5–45 ms instead of 0.1, and every edit relayed in that turn waited for
 * it (the relay's latency tail; BENCHMARKS.md). With `wal_autocheckpoint = 0`
 * on the serving connection, this worker's own connection runs a PASSIVE
 * checkpoint every second instead: it copies what it can without waiting for
 * or blocking the writer, and the WAL is reused from its start once all of it
 * has been copied. If the worker fails, the serving connection checkpoints by
 * itself again (nothing is lost either way: the WAL is durable).
 */

// Plain CommonJS for an `eval` worker: no build step, works from src/ and dist/.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
}, workerData.intervalMs);
function truncate() {
  // TRUNCATE waits (busy handler) for the writer to finish its commit, copies
  // every frame and empties the WAL file; busy = 1 means it could not.
  db.pragma('busy_timeout = ' + workerData.truncateWaitMs);
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)');
    return result.busy === 0;
  } catch {
    return false;
  } finally {
    db.pragma('busy_timeout = 0');
  }
}
parentPort.on('message', (message) => {
  if (message && message.truncate !== undefined) {
    parentPort.postMessage({ truncated: message.truncate, ok: truncate() });
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface CheckpointerOptions {
  /** The database file (not `:memory:`). */
  path: string;
  intervalMs?: number;
  /** Called when the worker stops for good; the serving connection takes over. */
  onFailure: (error: Error) => void;
}

export class SqliteCheckpointer {
  private readonly worker: Worker;
  private stopped = false;
  private nextTruncation = 0;
  private readonly truncations = new Map<number, (ok: boolean) => void>();

  constructor(options: CheckpointerOptions) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path: options.path,
        driver,
        intervalMs: options.intervalMs ?? 1_000,
        truncateWaitMs: TRUNCATE_WAIT_MS,
      },
    });
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.truncated === undefined) return;
      this.truncations.get(message.truncated)?.(message.ok === true);
      this.truncations.delete(message.truncated);
    });
    // A storage that is never closed (a test, a crash) must not keep the process alive.
    this.worker.unref();
    this.worker.on('error', (error) => {
      this.abandonTruncations();
      if (!this.stopped) options.onFailure(error);
    });
    this.worker.on('exit', (code) => {
      this.abandonTruncations();
      if (!this.stopped) options.onFailure(new Error(`checkpointer exited with ${code}`));
    });
  }

  /**
   * Copies the whole WAL into the database file and empties the WAL, from
   * the worker's connection (DISK-1: old versions of deleted rows leave the
   * disk). Resolves false when it could not (busy, stopped, failed): the
   * caller then does it on its own connection.
   */
  truncate(): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    const id = this.nextTruncation++;
    return new Promise((resolve) => {
      this.truncations.set(id, resolve);
      this.worker.postMessage({ truncate: id });
    });
  }

  /** Stops the worker and waits until its connection is closed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.abandonTruncations();
    // Held (ref) while stopping: with nothing else left on the event loop at
    // shutdown, the process would otherwise exit before the storage closed.
    this.worker.ref();
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))]);
    clearTimeout(timer);
    await this.worker.terminate();
  }

  private abandonTruncations(): void {
    for (const resolve of this.truncations.values()) resolve(false);
    this.truncations.clear();
  }
}

/** How long a requested TRUNCATE waits for the serving connection's commit to end. */
const TRUNCATE_WAIT_MS = 2_000;

interface WorkerMessage {
  truncated?: number;
  ok?: boolean;
  error?: string;
}
