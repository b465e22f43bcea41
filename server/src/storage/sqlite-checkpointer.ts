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
parentPort.on('message', () => {
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

  constructor(options: CheckpointerOptions) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path: options.path, driver, intervalMs: options.intervalMs ?? 1_000 },
    });
    // A storage that is never closed (a test, a crash) must not keep the process alive.
    this.worker.unref();
    this.worker.on('error', (error) => {
      if (!this.stopped) options.onFailure(error);
    });
    this.worker.on('exit', (code) => {
      if (!this.stopped) options.onFailure(new Error(`checkpointer exited with ${code}`));
    });
  }

  /** Stops the worker and waits until its connection is closed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
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
}
