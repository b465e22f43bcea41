import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type ScenarioEntry, readOptions } from './lib/cli.js';
import { runJoin } from './lib/join-scenario.js';
import { ourHeapMb } from './lib/server-metrics.js';
import { type Pinning, pinProcesses } from './lib/pinning.js';
import { runLive, sleep } from './lib/live-scenario.js';
import { rssMb, waitForQuiet } from './lib/proc-stats.js';
import {
  type RunRecord,
  describeMachine,
  describeRun,
  foldScenario,
  markdownTable,
} from './lib/report.js';
import {
  type RunningServer,
  type ServerKind,
  benchDir,
  hocuspocusNode,
  killAllServers,
  ourBuildFingerprint,
  ourServerIsBuilt,
  ourServerMain,
  repoDir,
  serverNode,
  startServer,
} from './lib/servers.js';

/**
 * The relay benchmark: our server against the reference relays
 * (@y/websocket-server and Hocuspocus 4), alternating, one fresh server
 * process per run. See README.md for the scenarios and flags; figures go in
 * ../BENCHMARKS.md.
 */

const options = readOptions(process.argv.slice(2));
const { scenarios, servers, reps } = options;

// Child servers never outlive the benchmark: not on errors, Ctrl-C or the deadline.
process.on('exit', killAllServers);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers`);
    killAllServers();
    process.exit(130);
  });
}
setTimeout(() => {
  console.error(`deadline of ${options.deadlineMin} min reached: aborting`);
  killAllServers();
  process.exit(3);
}, options.deadlineMin * 60_000).unref();

function ensureOurServerBuilt(): void {
  if (!servers.includes('ours')) return;
  const main = relative(repoDir, ourServerMain);
  if (!ourServerIsBuilt()) {
    if (options.noBuild) {
      console.error(`${main} is missing: build it first with \`pnpm run build\` in ${repoDir}`);
      process.exit(1);
    }
    console.log(`${main} is missing: building it (pnpm --dir .. run build)…`);
    const build = spawnSync('pnpm', ['--dir', repoDir, 'run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0 || !ourServerIsBuilt()) {
      console.error(`the build failed; run \`pnpm run build\` in ${repoDir} and try again`);
      process.exit(1);
    }
    return;
  }
  const built = statSync(ourServerMain).mtimeMs;
  const sources = Math.max(
    newestFile(join(repoDir, 'server/src')),
    newestFile(join(repoDir, 'shared/src')),
  );
  if (sources > built) {
    console.warn(
      `warning: ${main} is older than server/ or shared/ sources; run \`pnpm run build\` to measure the current code\n`,
    );
  }
}

function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The commit measured, and whether server/ or shared/ had uncommitted changes (they are built too). */
function describeRevision(): string {
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', repoDir, ...args], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  return git('status', '--porcelain', '--', 'server', 'shared')
    ? `${commit} + uncommitted server/shared changes`
    : commit;
}

function describeScenario(entry: ScenarioEntry): string {
  if (entry.kind === 'join') {
    const s = entry.scenario;
    return `${s.name}: a fresh joiner receives a ${s.notes}-note board (preloaded by one writer in updates of ${s.batch}); ${s.joiners} joiners, one after another`;
  }
  const s = entry.scenario;
  const cursors =
    s.cursorClientsPerRoom === s.clientsPerRoom
      ? `cursor ${s.cursorHz} Hz`
      : `${s.cursorClientsPerRoom} of them move cursors at ${s.cursorHz} Hz`;
  return (
    `${s.name}: ${s.rooms} room${s.rooms > 1 ? 's' : ''} × ${s.clientsPerRoom} clients (${s.observersPerRoom} observing per room), ` +
    `edit ${s.editHz} Hz, ${cursors}, ${s.durationS} s (first ${s.warmupS} s untimed)`
  );
}

/** Where the processes run (set in main, before the first run). */
let pinning: Pinning = { serverCommand: [], describe: 'not pinned' };

async function main(): Promise<void> {
  ensureOurServerBuilt();
  const machine = describeMachine();
  const revision = describeRevision();
  console.log(
    `Relay benchmark · ${machine.date} · ${machine.nproc} × ${machine.cpuModel} · ${machine.memoryGb} GB · Node ${machine.node}`,
  );
  console.log(
    `revision: ${revision}` +
      (servers.includes('ours') ? ` · server/dist/main.js ${ourBuildFingerprint()}` : ''),
  );
  const nodes = servers.map((kind) => {
    const node = kind === 'hocuspocus' ? hocuspocusNode() : serverNode();
    return `${kind} on Node ${node.version} (${node.path})`;
  });
  console.log(`generator on Node ${process.version} · ${nodes.join(' · ')}`);
  pinning = pinProcesses(options.pin);
  console.log(
    `servers: ${servers.join(', ')} · ${reps} run(s) each, alternating · generator and servers share this machine · ${pinning.describe}\n`,
  );

  const runs: RunRecord[] = [];
  for (const entry of scenarios) {
    console.log(describeScenario(entry));
    for (let repetition = 1; repetition <= reps; repetition++) {
      // ABBA: alternate which server goes first so drift does not favour one.
      const order = repetition % 2 === 1 ? servers : [...servers].reverse();
      for (const server of order) {
        if (options.waitQuietS > 0) {
          const others = await waitForQuiet(options.waitQuietS);
          if (others >= 0.25)
            console.log(`  (other processes still use ${others.toFixed(2)} cores)`);
        }
        const run = await measure(entry, server, repetition);
        runs.push(run);
        console.log(`  ${describeRun(run)}`);
        await sleep(300);
      }
    }
    console.log('');
  }

  const summary = scenarios.map((entry) => {
    const rows = foldScenario(
      runs.filter((run) => run.scenario === entry.scenario.name),
      entry.kind,
      servers,
    );
    return { scenario: entry.scenario.name, description: describeScenario(entry), rows };
  });
  for (const { description, rows } of summary) {
    console.log(
      `### ${description}\nmedians of ${reps} run(s) per server unless the row says otherwise\n`,
    );
    console.log(`${markdownTable(rows)}\n`);
  }

  const builds = new Set(runs.flatMap((run) => (run.build ? [run.build] : [])));
  if (builds.size > 1) {
    console.warn(
      `warning: server/dist/main.js changed during the benchmark (${[...builds].join(', ')}): ` +
        'the runs of our server measured different builds\n',
    );
  }

  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${machine.date.replace(/[:.]/g, '-')}.json`);
  const settings = {
    reps,
    servers,
    scenarios: scenarios.map((entry) => entry.scenario),
    referenceAsInstalled: options.referenceAsInstalled,
    settleS: options.settleS,
    pinning: pinning.describe,
    nodes,
  };
  writeFileSync(
    file,
    `${JSON.stringify({ machine, revision, settings, summary, runs }, null, 2)}\n`,
  );
  console.log(`results: ${relative(process.cwd(), file)}`);
  if (runs.some((run) => run.error)) process.exitCode = 1;
}

async function measure(
  entry: ScenarioEntry,
  kind: ServerKind,
  repetition: number,
): Promise<RunRecord> {
  const run: RunRecord = {
    scenario: entry.scenario.name,
    server: kind,
    repetition,
    startRssMb: Number.NaN,
  };
  let server: RunningServer | undefined;
  try {
    server = await startServer(kind, {
      referenceAsInstalled: options.referenceAsInstalled,
      commandPrefix: pinning.serverCommand,
    });
    run.startRssMb = rssMb(server.pid);
    run.build = server.build;
    run.node = server.node;
    if (entry.kind === 'live')
      run.result = { kind: 'live', live: await runLive(server, entry.scenario) };
    else run.result = { kind: 'join', join: await runJoin(server, entry.scenario) };
    // Every client has closed: does the server give the rooms' memory back?
    // (Ours unloads a room 30 s after its last client leaves; V8 returns memory after a GC.)
    run.emptyRssSeriesMb = [];
    for (let second = 1; second <= Math.ceil(options.settleS); second++) {
      await sleep(Math.min(1, options.settleS - (second - 1)) * 1000);
      run.emptyRssSeriesMb.push(Math.round(rssMb(server.pid)));
    }
    run.emptyRssMb = rssMb(server.pid);
    run.emptyHeapMb = await ourHeapMb(server);
    run.settleS = options.settleS;
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
  } finally {
    await server?.stop();
  }
  return run;
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
