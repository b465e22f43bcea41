import { parseArgs } from 'node:util';
import type { JoinScenario } from './join-scenario.js';
import type { LiveScenario } from './live-scenario.js';
import { SERVER_KINDS, type ServerKind } from './servers.js';

/** The benchmark's flags: scenario sizes, repetitions, which servers. See ../README.md. */

export type ScenarioEntry =
  { kind: 'live'; scenario: LiveScenario } | { kind: 'join'; scenario: JoinScenario };

export interface BenchOptions {
  scenarios: ScenarioEntry[];
  servers: ServerKind[];
  reps: number;
  referenceAsInstalled: boolean;
  noBuild: boolean;
  deadlineMin: number;
  waitQuietS: number;
}

export const HELP = `usage: tsx relay.ts [flags]      (from the root: pnpm bench -- [flags])

  --scenarios M40,R20,BIG2K   which scenarios to run
  --servers ours,reference    which servers to measure
  --reps 2                    runs per scenario and server (alternating order)
  --m40-clients 40  --m40-observers 5  --m40-edit-hz 1    --m40-cursor-hz 10  --m40-duration 20
  --r20-rooms 20    --r20-clients 8    --r20-observers 2  --r20-edit-hz 0.5   --r20-cursor-hz 5  --r20-duration 20
  --big-notes 2000  --big-joiners 5    --big-batch 50
  --warmup 2                  seconds at the start of M40/R20 not timed
  --drain 5                   max seconds to wait for the last edits after the load stops
  --reference-as-installed    run @y/websocket-server on its own Yjs 14 pre-releases (broken; see README)
  --no-build                  fail instead of building server/dist when it is missing
  --wait-quiet 0              before each run, wait up to this many seconds for other processes to go idle
  --deadline 15               abort everything after this many minutes
  --help`;

export function readOptions(argv: string[]): BenchOptions {
  const { values: flags } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      scenarios: { type: 'string', default: 'M40,R20,BIG2K' },
      servers: { type: 'string', default: SERVER_KINDS.join(',') },
      reps: { type: 'string', default: '2' },
      'm40-clients': { type: 'string', default: '40' },
      'm40-observers': { type: 'string', default: '5' },
      'm40-edit-hz': { type: 'string', default: '1' },
      'm40-cursor-hz': { type: 'string', default: '10' },
      'm40-duration': { type: 'string', default: '20' },
      'r20-rooms': { type: 'string', default: '20' },
      'r20-clients': { type: 'string', default: '8' },
      'r20-observers': { type: 'string', default: '2' },
      'r20-edit-hz': { type: 'string', default: '0.5' },
      'r20-cursor-hz': { type: 'string', default: '5' },
      'r20-duration': { type: 'string', default: '20' },
      'big-notes': { type: 'string', default: '2000' },
      'big-joiners': { type: 'string', default: '5' },
      'big-batch': { type: 'string', default: '50' },
      warmup: { type: 'string', default: '2' },
      drain: { type: 'string', default: '5' },
      'reference-as-installed': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'wait-quiet': { type: 'string', default: '0' },
      deadline: { type: 'string', default: '15' },
      help: { type: 'boolean', default: false },
    },
  });

  if (flags.help) {
    console.log(HELP);
    process.exit(0);
  }

  function num(
    name: keyof typeof flags,
    { min = 0, max = Number.MAX_SAFE_INTEGER, integer = true } = {},
  ): number {
    const value = Number(flags[name]);
    if (
      !Number.isFinite(value) ||
      value < min ||
      value > max ||
      (integer && !Number.isInteger(value))
    ) {
      console.error(
        `--${name} must be ${integer ? 'an integer' : 'a number'} in [${min}, ${max}]\n\n${HELP}`,
      );
      process.exit(2);
    }
    return value;
  }

  /** Per socket: edits + cursors stay well inside the server's 200 messages/s. */
  const hz = (name: keyof typeof flags) => num(name, { min: 0, max: 50, integer: false });

  const warmupS = num('warmup', { max: 60, integer: false });
  const drainS = num('drain', { max: 60, integer: false });
  const m40: LiveScenario = {
    name: 'M40',
    rooms: 1,
    clientsPerRoom: num('m40-clients', { min: 2, max: 400 }),
    observersPerRoom: num('m40-observers', { min: 1, max: 400 }),
    editHz: hz('m40-edit-hz'),
    cursorHz: hz('m40-cursor-hz'),
    durationS: num('m40-duration', { min: 1, max: 600, integer: false }),
    warmupS,
    drainS,
  };
  const r20: LiveScenario = {
    name: 'R20',
    rooms: num('r20-rooms', { min: 1, max: 60 }),
    clientsPerRoom: num('r20-clients', { min: 2, max: 400 }),
    observersPerRoom: num('r20-observers', { min: 1, max: 400 }),
    editHz: hz('r20-edit-hz'),
    cursorHz: hz('r20-cursor-hz'),
    durationS: num('r20-duration', { min: 1, max: 600, integer: false }),
    warmupS,
    drainS,
  };
  const big: JoinScenario = {
    name: 'BIG2K',
    notes: num('big-notes', { min: 1, max: 20_000 }),
    batch: num('big-batch', { min: 1, max: 500 }),
    joiners: num('big-joiners', { min: 1, max: 50 }),
  };
  for (const live of [m40, r20])
    live.observersPerRoom = Math.min(live.observersPerRoom, live.clientsPerRoom);
  const reps = num('reps', { min: 1, max: 10 });

  const scenarioNames = flags.scenarios.split(',').map((name) => name.trim().toUpperCase());
  const scenarios = scenarioNames.map((name) => {
    if (name === 'M40') return { kind: 'live' as const, scenario: m40 };
    if (name === 'R20') return { kind: 'live' as const, scenario: r20 };
    if (name === 'BIG2K') return { kind: 'join' as const, scenario: big };
    console.error(`unknown scenario ${name}; choose from M40, R20, BIG2K`);
    process.exit(2);
  });
  const servers = flags.servers.split(',').map((name) => {
    const kind = name.trim() as ServerKind;
    if (!SERVER_KINDS.includes(kind)) {
      console.error(`unknown server ${name}; choose from ${SERVER_KINDS.join(', ')}`);
      process.exit(2);
    }
    return kind;
  });

  return {
    scenarios,
    servers,
    reps,
    referenceAsInstalled: flags['reference-as-installed'],
    noBuild: flags['no-build'],
    deadlineMin: num('deadline', { min: 1, max: 120, integer: false }),
    waitQuietS: num('wait-quiet', { max: 600, integer: false }),
  };
}
