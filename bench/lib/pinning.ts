import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, setPriority } from 'node:os';

/**
 * Where the processes of a run are scheduled (`--no-pin` turns it off).
 *
 * On a small machine the load generator, the observers and the server share
 * the cores, and whichever the scheduler runs first decides the latency
 * figures as much as the server does: in a first try with everything free to
 * move, every server's p99 sat on the same floor of 5–7 ms. So, for every
 * server alike: the server alone on core 0, the generator and the observer
 * process on the other cores, and the observers ahead of the generator
 * (`raiseObservers`), as a participant's own device would be.
 */
export interface Pinning {
  /** What the server's command is prefixed with (`taskset -c 0`), or nothing. */
  serverCommand: string[];
  describe: string;
}

const TASKSET = '/usr/bin/taskset';

export function pinProcesses(enabled: boolean): Pinning {
  const cores = availableParallelism();
  if (!enabled) return { serverCommand: [], describe: 'not pinned (--no-pin)' };
  if (cores < 2 || !existsSync(TASKSET)) {
    return {
      serverCommand: [],
      describe: `not pinned (${cores} core(s), taskset ${existsSync(TASKSET) ? 'found' : 'missing'})`,
    };
  }
  const rest = cores === 2 ? '1' : `1-${cores - 1}`;
  // -a: every thread of the generator (libuv's pool, V8's helpers) moves too.
  execFileSync(TASKSET, ['-a', '-p', '-c', rest, String(process.pid)], { stdio: 'ignore' });
  return {
    serverCommand: [TASKSET, '-c', '0'],
    describe: `server on core 0; generator and observers on core ${rest}`,
  };
}

/**
 * Let the observer process run before the generator when both are ready:
 * nice −10 (where allowed; else they share their core with the generator
 * evenly). Not real-time priority: tried, and a SCHED_FIFO observer on the
 * generator's core spun waiting for its own V8 helper threads, which it kept
 * off that core (every latency went to 20–60 ms, for every server).
 */
export function raiseObservers(pid: number): string {
  try {
    setPriority(pid, -10);
    return 'observers at nice -10';
  } catch {
    return 'observers at normal priority';
  }
}
