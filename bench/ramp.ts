import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Attempt,
  type Mode,
  type Step,
  capacityTable,
  describeAttempt,
  judge,
} from './lib/capacity.js';
import { type LiveScenario, runLive, sleep } from './lib/live-scenario.js';
import { pinProcesses } from './lib/pinning.js';
import { waitForQuiet } from './lib/proc-stats.js';
import {
  ALL_SERVER_KINDS,
  SERVER_KINDS,
  type ServerKind,
  benchDir,
  killAllServers,
  serverNode,
  startServer,
} from './lib/servers.js';

/**
 * Capacity by ramp (issue 21): for each server, run one size after another
 * (a fresh server process each) until the service level breaks, and report
 * the largest size that held — capacities and their ratios, not latencies at
 * one size. Two ramps:
 * - `hall`: one room growing (40 writers at 0.5 Hz, 50 cursor movers at 10 Hz,
 *   everybody else watching), as a conference hall on one board;
 * - `rooms`: breakout-sized rooms of 6 added (everybody edits at 0.5 Hz and
 *   moves a cursor at 5 Hz), as a municipality's server on a busy evening.
 * See README.md ("Capacity ramp") for the flags; figures go in ../BENCHMARKS.md.
 */

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    mode: { type: 'string', default: 'hall,rooms' },
    servers: { type: 'string', default: SERVER_KINDS.join(',') },
    'hall-steps': { type: 'string', default: '100,200,400,600,800,1000' },
    'rooms-steps': { type: 'string', default: '100,150,200,250,300,400' },
    duration: { type: 'string', default: '10' },
    'slo-edit': { type: 'string', default: '100' },
    'slo-cursor': { type: 'string', default: '150' },
    confirm: { type: 'string', default: '1' },
    'wait-quiet': { type: 'string', default: '0' },
    'no-pin': { type: 'boolean', default: false },
    deadline: { type: 'string', default: '60' },
    help: { type: 'boolean', default: false },
  },
});

const HELP = `usage: tsx ramp.ts [flags]        (from the root: pnpm --filter @moteplass/bench ramp -- [flags])
  --mode hall,rooms           which ramps
  --servers ${SERVER_KINDS.join(',')}    (also ours-pg, ours-2: ours on PostgreSQL + Redis,
                              one instance or two; see README "Several instances")
  --hall-steps 100,200,400,600,800,1000    people in the one room, in order
  --rooms-steps 100,150,200,250,300,400    rooms of 6, in order
  --duration 10               load seconds per step (first 2 untimed)
  --slo-edit 100 --slo-cursor 150          p99 ms that must hold (cursor: hall only)
  --confirm 1                 run a step that broke this many times more (fresh server
                              each); it holds if any run held (noise only slows a run)
  --wait-quiet 0              before each run, wait up to this many seconds for the
                              other processes on the machine to go idle
  --no-pin                    let the scheduler place server and generator
  --deadline 60               abort after this many minutes
A step holds when edit p99 (and, in the hall, cursor p99) is within the SLO, every
edit reached every observer, all clients converged and nobody was dropped. A
server's ramp stops at its first step that does not hold. A step that broke with the
generator at ≥ 85 % of its core says GENERATOR-BOUND: the generator may be the limit.`;

if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const numbers = (list: string) => list.split(',').map((n) => Number(n.trim()));
const servers = flags.servers.split(',').map((name) => name.trim()) as ServerKind[];
for (const kind of servers) {
  if (!ALL_SERVER_KINDS.includes(kind)) {
    console.error(`unknown server ${kind}\n\n${HELP}`);
    process.exit(2);
  }
}
const durationS = Number(flags.duration);
const slo = { editP99Ms: Number(flags['slo-edit']), cursorP99Ms: Number(flags['slo-cursor']) };
const confirm = Math.max(0, Number(flags.confirm));
const waitQuietS = Math.max(0, Number(flags['wait-quiet']));
const RAMPS: Record<Mode, { steps: number[]; scenario: (size: number) => LiveScenario }> = {
  hall: {
    steps: numbers(flags['hall-steps']),
    scenario: (people) => ({
      name: `HALL${people}`,
      rooms: 1,
      clientsPerRoom: people,
      observersPerRoom: 5,
      cursorClientsPerRoom: Math.min(50, people),
      writersPerRoom: Math.min(40, people),
      editHz: 0.5,
      cursorHz: 10,
      durationS,
      warmupS: 2,
      drainS: 5,
    }),
  },
  rooms: {
    steps: numbers(flags['rooms-steps']),
    scenario: (rooms) => ({
      name: `ROOMS${rooms}x6`,
      rooms,
      clientsPerRoom: 6,
      observersPerRoom: 1,
      cursorClientsPerRoom: 6,
      editHz: 0.5,
      cursorHz: 5,
      durationS,
      warmupS: 2,
      drainS: 5,
    }),
  },
};

async function runOnce(
  mode: Mode,
  kind: ServerKind,
  size: number,
  pinning: string[],
): Promise<Attempt> {
  if (waitQuietS > 0) await waitForQuiet(waitQuietS);
  const started = performance.now();
  const attempt: Attempt = { held: false, why: '', wallS: 0 };
  const server = await startServer(kind, { referenceAsInstalled: false, commandPrefix: pinning });
  try {
    attempt.result = await runLive(server, RAMPS[mode].scenario(size));
    Object.assign(attempt, judge(mode, attempt.result, slo));
  } catch (error) {
    attempt.error = error instanceof Error ? error.message : String(error);
    attempt.why = attempt.error;
  } finally {
    await server.stop();
  }
  attempt.wallS = (performance.now() - started) / 1000;
  return attempt;
}

/** Every step run so far, per ramp and server: printed at the end, or at the deadline. */
const progress = new Map<Mode, Map<ServerKind, Step[]>>();

/** One size after another until a step does not hold, even when run again (`--confirm`). */
async function ramp(mode: Mode, kind: ServerKind, pinning: string[]): Promise<void> {
  const steps: Step[] = [];
  progress.get(mode)!.set(kind, steps);
  for (const size of RAMPS[mode].steps) {
    const step: Step = { size, attempts: [], held: false };
    while (!step.held && step.attempts.length <= confirm) {
      const attempt = await runOnce(mode, kind, size, pinning);
      step.attempts.push(attempt);
      step.held = attempt.held;
      const again = step.attempts.length > 1 ? ` (run ${step.attempts.length})` : '';
      console.log(`  ${kind} ${mode} ${size}${again}: ${describeAttempt(attempt)}`);
      await sleep(500);
    }
    // Only a finished step counts (one cut short by the deadline is left out).
    steps.push(step);
    if (!step.held) break;
  }
}

/** The capacity tables of what ran, and every run's figures in bench/results (gitignored). */
function report(pinning: string, note: string): void {
  const tables = [...progress]
    .filter(([, results]) => [...results.values()].some((steps) => steps.length > 0))
    .map(([mode, results]) => `### ${mode}${note}\n\n${capacityTable(mode, results)}`);
  console.log(`\n${tables.join('\n\n')}`);
  const raw = Object.fromEntries(
    [...progress].map(([mode, results]) => [mode, Object.fromEntries(results)]),
  );
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `ramp-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ flags, pinning, slo, raw }, null, 1));
  console.log(`\nresults: ${file}`);
}

async function main(): Promise<void> {
  process.on('exit', killAllServers);
  // Ctrl-C or a kill: the child servers go too (an 'exit' handler alone does not run then).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killAllServers();
      process.exit(130);
    });
  }
  const pinning = pinProcesses(!flags['no-pin']);
  setTimeout(
    () => {
      console.error('deadline reached: stopping; the tables hold the steps finished so far');
      killAllServers();
      report(pinning.describe, ' (stopped at --deadline)');
      process.exit(3);
    },
    Number(flags.deadline) * 60_000,
  ).unref();
  // Each run ends with one late joiner per room checking what the server holds: a hall at
  // ROOM_CAPACITY (1,000) would refuse it as "room is full", so ours admits a few more.
  process.env.BENCH_ROOM_CAPACITY ??= String(Math.max(1000, ...RAMPS.hall.steps) + 10);
  const modes = flags.mode.split(',').map((m) => m.trim()) as Mode[];
  console.log(
    `Capacity ramp · SLO edit p99 ≤ ${slo.editP99Ms} ms${modes.includes('hall') ? `, cursor p99 ≤ ${slo.cursorP99Ms} ms (hall)` : ''} · ` +
      `${durationS} s per step · ${pinning.describe} · ours and y-websocket on Node ${serverNode().version}\n`,
  );
  for (const mode of modes) {
    if (!(mode in RAMPS)) throw new Error(`unknown mode ${mode}`);
    progress.set(mode, new Map());
    for (const kind of servers) await ramp(mode, kind, pinning.serverCommand);
  }
  report(pinning.describe, '');
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
