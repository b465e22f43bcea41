import { parseArgs } from 'node:util';
import { type LiveResult, type LiveScenario, runLive, sleep } from './lib/live-scenario.js';
import { pinProcesses } from './lib/pinning.js';
import { SERVER_KINDS, type ServerKind, killAllServers, startServer } from './lib/servers.js';

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
    'rooms-steps': { type: 'string', default: '25,50,100,150,200,300' },
    duration: { type: 'string', default: '10' },
    'slo-edit': { type: 'string', default: '100' },
    'slo-cursor': { type: 'string', default: '150' },
    'no-pin': { type: 'boolean', default: false },
    deadline: { type: 'string', default: '60' },
    help: { type: 'boolean', default: false },
  },
});

const HELP = `usage: tsx ramp.ts [flags]        (from the root: pnpm --filter @moteplass/bench ramp -- [flags])
  --mode hall,rooms           which ramps
  --servers ${SERVER_KINDS.join(',')}
  --hall-steps 100,200,400,600,800,1000    people in the one room, in order
  --rooms-steps 25,50,100,150,200,300      rooms of 6, in order
  --duration 10               load seconds per step (first 2 untimed)
  --slo-edit 100 --slo-cursor 150          p99 ms that must hold (cursor: hall only)
  --no-pin                    let the scheduler place server and generator
  --deadline 60               abort after this many minutes
A step holds when edit p99 (and, in the hall, cursor p99) is within the SLO, every
edit reached every observer, all clients converged and nobody was dropped. A
server's ramp stops at its first step that does not hold.`;

if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const numbers = (list: string) => list.split(',').map((n) => Number(n.trim()));
const servers = flags.servers.split(',').map((name) => name.trim()) as ServerKind[];
for (const kind of servers) {
  if (!SERVER_KINDS.includes(kind)) {
    console.error(`unknown server ${kind}\n\n${HELP}`);
    process.exit(2);
  }
}
const durationS = Number(flags.duration);
const sloEdit = Number(flags['slo-edit']);
const sloCursor = Number(flags['slo-cursor']);

type Mode = 'hall' | 'rooms';
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

interface Step {
  size: number;
  result?: LiveResult;
  error?: string;
  held: boolean;
  why: string;
}

/** Whether a step held the service level, and if not, why not. */
function judge(mode: Mode, result: LiveResult): { held: boolean; why: string } {
  const problems: string[] = [];
  if (!(result.editLatencyMs.p99 <= sloEdit))
    problems.push(`edit p99 ${result.editLatencyMs.p99.toFixed(1)} ms`);
  if (mode === 'hall' && !(result.cursorLatencyMs.p99 <= sloCursor))
    problems.push(`cursor p99 ${result.cursorLatencyMs.p99.toFixed(1)} ms`);
  if (!(result.editsDelivered >= 0.999))
    problems.push(`delivered ${(result.editsDelivered * 100).toFixed(1)} %`);
  if (!result.converged) problems.push(`converged ${result.convergedClients}`);
  if (result.disconnects > 0) problems.push(`${result.disconnects} dropped`);
  return { held: problems.length === 0, why: problems.join(', ') || 'held' };
}

const cpuPercent = (result: LiveResult) => (100 * result.serverCpuS) / result.loadS;

async function ramp(mode: Mode, kind: ServerKind, pinning: string[]): Promise<Step[]> {
  const steps: Step[] = [];
  for (const size of RAMPS[mode].steps) {
    const step: Step = { size, held: false, why: '' };
    const server = await startServer(kind, { referenceAsInstalled: false, commandPrefix: pinning });
    try {
      step.result = await runLive(server, RAMPS[mode].scenario(size));
      Object.assign(step, judge(mode, step.result));
    } catch (error) {
      step.error = error instanceof Error ? error.message : String(error);
      step.why = step.error;
    } finally {
      await server.stop();
    }
    steps.push(step);
    const r = step.result;
    console.log(
      `  ${kind} ${mode} ${size}: ` +
        (r
          ? `edit p99 ${r.editLatencyMs.p99.toFixed(1)} ms · cursor p99 ${r.cursorLatencyMs.p99.toFixed(1)} ms · CPU ${cpuPercent(r).toFixed(0)} % · `
          : '') +
        step.why,
    );
    await sleep(500);
    if (!step.held) break;
  }
  return steps;
}

function capacityTable(mode: Mode, results: Map<ServerKind, Step[]>): string {
  const unit = mode === 'hall' ? 'people in one room' : 'rooms of 6';
  const capacity = (steps: Step[]) => steps.filter((s) => s.held).at(-1);
  const references = [...results].filter(([kind]) => kind !== 'ours');
  const bestReference = Math.max(0, ...references.map(([, steps]) => capacity(steps)?.size ?? 0));
  const lines = [
    `| server | capacity (${unit}) | edit p99 there | cursor p99 there | server CPU there | next step | vs best reference |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const [kind, steps] of results) {
    const held = capacity(steps);
    const broke = steps.find((s) => !s.held);
    const last = steps.at(-1)!;
    const r = held?.result;
    const ratio =
      kind === 'ours' && bestReference > 0 && held
        ? `${(held.size / bestReference).toFixed(2)}×`
        : '';
    lines.push(
      `| ${kind} | ${held ? held.size : '< ' + steps[0]!.size}${!broke && last.held ? ' (every step held)' : ''} | ` +
        `${r ? r.editLatencyMs.p99.toFixed(1) + ' ms' : '—'} | ${r ? r.cursorLatencyMs.p99.toFixed(1) + ' ms' : '—'} | ` +
        `${r ? cpuPercent(r).toFixed(0) + ' %' : '—'} | ${broke ? `${broke.size}: ${broke.why}` : '—'} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  process.on('exit', killAllServers);
  setTimeout(
    () => {
      console.error('deadline reached: aborting');
      killAllServers();
      process.exit(3);
    },
    Number(flags.deadline) * 60_000,
  ).unref();
  // Each run ends with one late joiner per room checking what the server holds: a hall at
  // ROOM_CAPACITY (1,000) would refuse it as "room is full", so ours admits a few more.
  process.env.BENCH_ROOM_CAPACITY ??= String(Math.max(1000, ...RAMPS.hall.steps) + 10);
  const pinning = pinProcesses(!flags['no-pin']);
  const modes = flags.mode.split(',').map((m) => m.trim()) as Mode[];
  console.log(
    `Capacity ramp · SLO edit p99 ≤ ${sloEdit} ms${modes.includes('hall') ? `, cursor p99 ≤ ${sloCursor} ms (hall)` : ''} · ${durationS} s per step · ${pinning.describe}\n`,
  );
  const tables: string[] = [];
  for (const mode of modes) {
    if (!(mode in RAMPS)) throw new Error(`unknown mode ${mode}`);
    const results = new Map<ServerKind, Step[]>();
    for (const kind of servers) results.set(kind, await ramp(mode, kind, pinning.serverCommand));
    tables.push(`### ${mode}\n\n${capacityTable(mode, results)}`);
  }
  console.log(`\n${tables.join('\n\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
