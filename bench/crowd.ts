import { parseArgs } from 'node:util';
import { type LiveResult, runLive, sleep } from './lib/live-scenario.js';
import { pinProcesses } from './lib/pinning.js';
import { killAllServers, startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

/**
 * What crowd mode saves (issue 21): the same hall — `--people` in one room,
 * 40 writers at 0.5 Hz, 50 cursor movers at 10 Hz — on our server twice per
 * run, once with crowd mode (CROWD_THRESHOLD at its default, 150) and once
 * without (CROWD_THRESHOLD at the ceiling, so the room never becomes a crowd),
 * alternating which goes first. Prints frames sent to clients, server CPU and
 * the edit and cursor tails for both.
 *
 *   cd bench && npx tsx crowd.ts [--people 500] [--runs 2] [--duration 10]
 *
 * Needs `pnpm run build` first.
 */

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    people: { type: 'string', default: '500' },
    runs: { type: 'string', default: '2' },
    duration: { type: 'string', default: '10' },
    'no-pin': { type: 'boolean', default: false },
  },
});

const people = Number(flags.people);
const runs = Number(flags.runs);
const durationS = Number(flags.duration);
/** LIMITS.connectionsPerRoomCeiling: a threshold no room reaches. */
const CROWD_OFF = '5000';

type Variant = 'crowd mode' | 'no crowd mode';

async function once(variant: Variant, pinning: string[]): Promise<LiveResult> {
  if (variant === 'no crowd mode') process.env.BENCH_CROWD_THRESHOLD = CROWD_OFF;
  else delete process.env.BENCH_CROWD_THRESHOLD;
  const server = await startServer('ours', { referenceAsInstalled: false, commandPrefix: pinning });
  try {
    return await runLive(server, {
      name: `CROWD${people}`,
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
    });
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  process.on('exit', killAllServers);
  process.env.BENCH_ROOM_CAPACITY ??= String(Math.max(1000, people + 10));
  const pinning = pinProcesses(!flags['no-pin']);
  console.log(
    `Crowd mode on and off · ${people} in one room · ${durationS} s · ${pinning.describe}`,
  );
  const results: Record<Variant, LiveResult[]> = { 'crowd mode': [], 'no crowd mode': [] };
  for (let run = 0; run < runs; run++) {
    const order: Variant[] =
      run % 2 === 0 ? ['crowd mode', 'no crowd mode'] : ['no crowd mode', 'crowd mode'];
    for (const variant of order) {
      const result = await once(variant, pinning.serverCommand);
      results[variant].push(result);
      console.log(
        `  ${variant}: ${result.framesToClients} frames to clients · CPU ${((100 * result.serverCpuS) / result.loadS).toFixed(0)} % · ` +
          `edit p99 ${result.editLatencyMs.p99.toFixed(1)} ms · cursor p99 ${result.cursorLatencyMs.p99.toFixed(1)} ms · ` +
          `delivered ${(result.editsDelivered * 100).toFixed(1)} % · converged ${result.convergedClients}`,
      );
      await sleep(500);
    }
  }
  console.log(
    '\n| variant | frames to clients /s | server CPU | edit p99 | cursor p99 |\n|---|---:|---:|---:|---:|',
  );
  for (const [variant, list] of Object.entries(results)) {
    console.log(
      `| ${variant} | ${median(list.map((r) => r.framesToClients / r.loadS)).toFixed(0)} | ` +
        `${median(list.map((r) => (100 * r.serverCpuS) / r.loadS)).toFixed(0)} % | ` +
        `${median(list.map((r) => r.editLatencyMs.p99)).toFixed(1)} ms | ` +
        `${median(list.map((r) => r.cursorLatencyMs.p99)).toFixed(1)} ms |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
