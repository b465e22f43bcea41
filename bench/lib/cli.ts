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
  /** Pin the server to core 0 and the generator to the others (see pinning.ts). */
  pin: boolean;
  /** After the last client of a run has left, wait this long and read the server's RSS. */
  settleS: number;
}

type LiveDefaults = Pick<
  LiveScenario,
  | 'rooms'
  | 'clientsPerRoom'
  | 'observersPerRoom'
  | 'cursorClientsPerRoom'
  | 'editHz'
  | 'cursorHz'
  | 'durationS'
>;

/** The live scenarios of issue #7 (M40, C200, R100) and R20, a quicker many-rooms run. */
// prettier-ignore
const LIVE: Record<string, LiveDefaults> = {
  M40: { rooms: 1, clientsPerRoom: 40, observersPerRoom: 5, cursorClientsPerRoom: 40, editHz: 1, cursorHz: 10, durationS: 20 },
  C200: { rooms: 1, clientsPerRoom: 200, observersPerRoom: 5, cursorClientsPerRoom: 50, editHz: 0.5, cursorHz: 10, durationS: 20 },
  R100: { rooms: 100, clientsPerRoom: 8, observersPerRoom: 1, cursorClientsPerRoom: 8, editHz: 0.5, cursorHz: 5, durationS: 20 },
  R20: { rooms: 20, clientsPerRoom: 8, observersPerRoom: 2, cursorClientsPerRoom: 8, editHz: 0.5, cursorHz: 5, durationS: 20 },
};
const JOIN: Record<string, number> = { BIG10K: 10_000, BIG2K: 2_000 };
const DEFAULT_SCENARIOS = 'M40,C200,R100,BIG10K';

/** Per live scenario, flag suffix → field. */
const LIVE_FLAGS = {
  rooms: 'rooms',
  clients: 'clientsPerRoom',
  observers: 'observersPerRoom',
  'cursor-clients': 'cursorClientsPerRoom',
  'edit-hz': 'editHz',
  'cursor-hz': 'cursorHz',
  duration: 'durationS',
} as const satisfies Record<string, keyof LiveDefaults>;

export const HELP = `usage: tsx relay.ts [flags]      (from the root: pnpm bench -- [flags])

  --scenario ${DEFAULT_SCENARIOS}   which scenarios to run (also: R20, BIG2K); --scenarios is the same
  --servers ${SERVER_KINDS.join(',')}   which servers to measure ("reference" = y-websocket)
  --reps 2                    runs per scenario and server (alternating order)
  --duration S                load seconds of every live scenario (default 20 each, at most 30)
  per live scenario (m40, c200, r100, r20), e.g. --c200-clients 200:
    --<s>-rooms --<s>-clients --<s>-observers --<s>-cursor-clients --<s>-edit-hz --<s>-cursor-hz --<s>-duration
${Object.entries(LIVE)
  .map(
    ([name, d]) =>
      `      ${name.padEnd(5)} ${d.rooms} room(s) × ${d.clientsPerRoom}, ${d.observersPerRoom} observing, ${d.cursorClientsPerRoom} moving cursors, edit ${d.editHz} Hz, cursor ${d.cursorHz} Hz, ${d.durationS} s`,
  )
  .join('\n')}
  --big-notes N  --big-joiners 5  --big-batch 50   (notes: 10000 for BIG10K, 2000 for BIG2K)
  --warmup 2                  seconds at the start of live scenarios not timed
  --drain 5                   max seconds to wait for the last edits after the load stops
  --settle 10                 after the clients leave, wait this long, then read the server's RSS
  --reference-as-installed    run @y/websocket-server on its own Yjs 14 pre-releases (broken; see README)
  --no-build                  fail instead of building server/dist when it is missing
  --no-pin                    let the scheduler place server and generator (default: server alone on core 0)
  --wait-quiet 0              before each run, wait up to this many seconds for other processes to go idle
  --deadline 40               abort everything after this many minutes
  --help`;

export function readOptions(argv: string[]): BenchOptions {
  const liveFlags: Record<string, { type: 'string' }> = {};
  for (const name of Object.keys(LIVE)) {
    for (const suffix of Object.keys(LIVE_FLAGS)) {
      liveFlags[`${name.toLowerCase()}-${suffix}`] = { type: 'string' };
    }
  }
  const { values: flags } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      ...liveFlags,
      scenario: { type: 'string' },
      scenarios: { type: 'string' },
      servers: { type: 'string', default: SERVER_KINDS.join(',') },
      reps: { type: 'string', default: '2' },
      duration: { type: 'string' },
      'big-notes': { type: 'string' },
      'big-joiners': { type: 'string', default: '5' },
      'big-batch': { type: 'string', default: '50' },
      warmup: { type: 'string', default: '2' },
      drain: { type: 'string', default: '5' },
      settle: { type: 'string', default: '10' },
      'reference-as-installed': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'no-pin': { type: 'boolean', default: false },
      'wait-quiet': { type: 'string', default: '0' },
      deadline: { type: 'string', default: '40' },
      help: { type: 'boolean', default: false },
    },
  });

  if (flags.help) {
    console.log(HELP);
    process.exit(0);
  }

  const flag = (name: string): string | undefined => {
    const value = (flags as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  function num(
    name: string,
    fallback: number | string | undefined,
    { min = 0, max = Number.MAX_SAFE_INTEGER, integer = true } = {},
  ): number {
    const value = Number(flag(name) ?? fallback);
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

  const warmupS = num('warmup', undefined, { max: 60, integer: false });
  const drainS = num('drain', undefined, { max: 60, integer: false });
  const duration = flag('duration');

  function live(name: string): LiveScenario {
    const defaults = LIVE[name]!;
    const prefix = name.toLowerCase();
    const field = (suffix: keyof typeof LIVE_FLAGS, limits: Parameters<typeof num>[2]) =>
      num(`${prefix}-${suffix}`, defaults[LIVE_FLAGS[suffix]], limits);
    // Per socket, edits + cursors stay well inside the server's 200 messages/s.
    const hz = { min: 0, max: 50, integer: false };
    const scenario: LiveScenario = {
      name,
      rooms: field('rooms', { min: 1, max: 200 }),
      clientsPerRoom: field('clients', { min: 2, max: 400 }),
      observersPerRoom: field('observers', { min: 1, max: 400 }),
      cursorClientsPerRoom: field('cursor-clients', { min: 0, max: 400 }),
      editHz: field('edit-hz', hz),
      cursorHz: field('cursor-hz', hz),
      durationS: flag(`${prefix}-duration`)
        ? field('duration', { min: 1, max: 30, integer: false })
        : num('duration', duration ?? defaults.durationS, { min: 1, max: 30, integer: false }),
      warmupS,
      drainS,
    };
    scenario.observersPerRoom = Math.min(scenario.observersPerRoom, scenario.clientsPerRoom);
    scenario.cursorClientsPerRoom = Math.min(
      scenario.cursorClientsPerRoom,
      scenario.clientsPerRoom,
    );
    return scenario;
  }

  const join = (name: string): JoinScenario => ({
    name,
    notes: num('big-notes', JOIN[name], { min: 1, max: 20_000 }),
    batch: num('big-batch', undefined, { min: 1, max: 500 }),
    joiners: num('big-joiners', undefined, { min: 1, max: 50 }),
  });

  const reps = num('reps', undefined, { min: 1, max: 10 });
  const scenarioNames = (flags.scenario ?? flags.scenarios ?? DEFAULT_SCENARIOS)
    .split(',')
    .map((name) => name.trim().toUpperCase())
    .filter(Boolean);
  const scenarios = scenarioNames.map((name): ScenarioEntry => {
    if (name in LIVE) return { kind: 'live', scenario: live(name) };
    if (name in JOIN) return { kind: 'join', scenario: join(name) };
    console.error(
      `unknown scenario ${name}; choose from ${[...Object.keys(LIVE), ...Object.keys(JOIN)].join(', ')}`,
    );
    process.exit(2);
  });
  const servers = flags.servers.split(',').map((name) => {
    const trimmed = name.trim();
    const kind = (trimmed === 'reference' ? 'y-websocket' : trimmed) as ServerKind;
    if (!SERVER_KINDS.includes(kind)) {
      console.error(`unknown server ${name}; choose from ${SERVER_KINDS.join(', ')}`);
      process.exit(2);
    }
    return kind;
  });

  return {
    scenarios,
    servers: [...new Set(servers)],
    reps,
    referenceAsInstalled: flags['reference-as-installed'],
    noBuild: flags['no-build'],
    pin: !flags['no-pin'],
    deadlineMin: num('deadline', undefined, { min: 1, max: 120, integer: false }),
    waitQuietS: num('wait-quiet', undefined, { max: 600, integer: false }),
    settleS: num('settle', undefined, { max: 120, integer: false }),
  };
}
