import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRedisUrl, createBenchSchema } from './postgres-schema.js';
import { type ClientTarget, provisionWorkshops } from './provision.js';

export { type ClientTarget, mapLimited } from './provision.js';

/**
 * The servers under test, each a child process on 127.0.0.1 so CPU and
 * memory are read the same way: our built server (SQLite in a throwaway
 * DATA_DIR), the y-websocket reference relay (@y/websocket-server, in
 * memory) on Node 20, and Hocuspocus 4 (in memory) on the Node 24 from npm.
 */

export type ServerKind = 'ours' | 'ours-pg' | 'ours-2' | 'y-websocket' | 'hocuspocus';
/** The servers measured by default: ours (SQLite) and the two references. */
export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'y-websocket', 'hocuspocus'];
/**
 * Also ours on PostgreSQL + Redis, one instance (`ours-pg`) or two of one
 * deployment (`ours-2`); both need the local services (postgres-schema.ts).
 */
export const ALL_SERVER_KINDS: readonly ServerKind[] = [...SERVER_KINDS, 'ours-pg', 'ours-2'];
export const REFERENCE_KINDS: readonly ServerKind[] = ['y-websocket', 'hocuspocus'];

/** How a client speaks to the server: Hocuspocus prefixes every message with the document name. */
export type Dialect = 'y-websocket' | 'hocuspocus';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(benchDir, '..');
export const ourServerMain = join(repoDir, 'server/dist/main.js');

export interface RunningServer {
  kind: ServerKind;
  /** For ours, a hash of the built bundle: a rebuild during the benchmark shows up. */
  build?: string;
  /** The Node version the server process runs on. */
  node: string;
  /** The (first) server process. */
  pid: number;
  /** Every process of the server (two for `ours-2`): CPU and memory are their sums. */
  pids: number[];
  port: number;
  /** Targets for `perRoom` clients in each of `rooms` rooms (ours: one workshop per room). */
  provision(rooms: number, perRoom: number): Promise<ClientTarget[][]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Run the y-websocket reference with its dependencies as installed (Yjs 14 pre-releases) instead of Yjs 13. */
  referenceAsInstalled: boolean;
  /** Run the server under this command (e.g. `taskset -c 0`, see pinning.ts). */
  commandPrefix?: string[];
}

/**
 * How to start one kind of server. Another variant of ours (other env
 * vars, e.g. DATABASE_URL / REDIS_URL, or two instances on two ports) is
 * one more entry here plus a name in ServerKind.
 */
interface LaunchSpec {
  node: NodeBinary;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** A fresh DATA_DIR, removed when the server stops. */
  dataDir?: string;
  provision: (port: number, rooms: number, perRoom: number) => Promise<ClientTarget[][]>;
}

export interface NodeBinary {
  path: string;
  version: string;
}

function nodeVersion(path: string): string | undefined {
  try {
    return execFileSync(path, ['-v'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

const major = (version: string) => Number(/^v(\d+)/.exec(version)?.[1] ?? 0);

let node20: NodeBinary | undefined;
let node24: NodeBinary | undefined;

/**
 * The Node our server is deployed on (20), for ours and the y-websocket
 * reference. `pnpm bench` puts bench/node_modules/.bin first on PATH, where
 * `node` is the npm package's Node 24, so the generator itself may be on 24:
 * use BENCH_NODE20, else the generator's own Node if it is 20, else the
 * first `node` on PATH outside node_modules.
 */
export function serverNode(): NodeBinary {
  if (node20) return node20;
  const candidates = [
    process.env.BENCH_NODE20,
    process.execPath,
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter((dir) => dir && !dir.includes('node_modules'))
      .map((dir) => join(dir, 'node')),
  ].filter((path): path is string => Boolean(path));
  for (const path of candidates) {
    const version = nodeVersion(path);
    if (version && (major(version) === 20 || path === process.env.BENCH_NODE20)) {
      return (node20 = { path, version });
    }
  }
  return (node20 = { path: process.execPath, version: process.version });
}

/** Node ≥ 22 for Hocuspocus: BENCH_NODE24, else the `node` npm package in bench/node_modules. */
export function hocuspocusNode(): NodeBinary {
  if (node24) return node24;
  const path = process.env.BENCH_NODE24 ?? join(benchDir, 'node_modules/.bin/node');
  const version = nodeVersion(path);
  if (!version || major(version) < 22) {
    throw new Error(
      `Hocuspocus needs Node >= 22; ${path} is ${version ?? 'missing'} (set BENCH_NODE24)`,
    );
  }
  return (node24 = { path, version });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const live = new Set<ChildProcess>();
const dataDirs = new Set<string>();

/** Kill every server still running and remove its data; safe in exit and signal handlers. */
export function killAllServers(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  dataDirs.clear();
}

function launchSpec(kind: ServerKind, options: StartOptions): LaunchSpec {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  if (kind === 'ours') {
    const dataDir = mkdtempSync(join(tmpdir(), 'moteplass-bench-'));
    return {
      node: serverNode(),
      // BENCH_OURS_NODE_ARGS: a look inside (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`); unset by default.
      args: [
        ...(process.env.BENCH_OURS_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
        ourServerMain,
      ],
      cwd: repoDir,
      // TRUST_PROXY: the generator provisions rooms as many facilitators (X-Forwarded-For),
      // so R100's 100 workshops do not wait for the 30-per-minute creation limit.
      env: {
        ...env,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        TRUST_PROXY: '1',
        // A ramp past the default room capacity (1,000) raises it (ramp.ts).
        ...(process.env.BENCH_ROOM_CAPACITY
          ? { ROOM_CAPACITY: process.env.BENCH_ROOM_CAPACITY }
          : {}),
        // crowd.ts turns crowd mode off for its comparison run.
        ...(process.env.BENCH_CROWD_THRESHOLD
          ? { CROWD_THRESHOLD: process.env.BENCH_CROWD_THRESHOLD }
          : {}),
        // An A/B of the room's presence frame (RELAY-3): BENCH_PRESENCE_FRAME_MS=0 turns it off.
        ...(process.env.BENCH_PRESENCE_FRAME_MS
          ? { PRESENCE_FRAME_MS: process.env.BENCH_PRESENCE_FRAME_MS }
          : {}),
        // An A/B of a crowd's presence frame (RELAY-4): BENCH_CROWD_PRESENCE_FRAME_MS=0 turns it off.
        ...(process.env.BENCH_CROWD_PRESENCE_FRAME_MS
          ? { CROWD_PRESENCE_FRAME_MS: process.env.BENCH_CROWD_PRESENCE_FRAME_MS }
          : {}),
        // join-phone.ts before/after: another build of the client, served by this server.
        ...(process.env.BENCH_CLIENT_DIR ? { CLIENT_DIR: process.env.BENCH_CLIENT_DIR } : {}),
      },
      dataDir,
      provision: (port, rooms, perRoom) => provisionWorkshops([port], rooms, perRoom),
    };
  }
  if (kind === 'y-websocket') {
    return {
      node: serverNode(),
      args: [
        '--import',
        'tsx',
        join(benchDir, 'reference-server.ts'),
        ...(options.referenceAsInstalled ? ['--as-installed'] : []),
      ],
      cwd: benchDir,
      env,
      provision: async (port, rooms, perRoom) =>
        Array.from({ length: rooms }, (_, room) =>
          Array.from({ length: perRoom }, () => ({
            url: `ws://127.0.0.1:${port}/bench-room-${room}`,
          })),
        ),
    };
  }
  return {
    node: hocuspocusNode(),
    args: [join(benchDir, 'reference-hocuspocus.mjs')],
    cwd: benchDir,
    env,
    provision: async (port, rooms, perRoom) =>
      Array.from({ length: rooms }, (_, room) =>
        Array.from({ length: perRoom }, () => ({
          url: `ws://127.0.0.1:${port}/`,
          documentName: `bench-room-${room}`,
        })),
      ),
  };
}

export function dialectOf(kind: ServerKind): Dialect {
  return kind === 'hocuspocus' ? 'hocuspocus' : 'y-websocket';
}

export async function startServer(kind: ServerKind, options: StartOptions): Promise<RunningServer> {
  if (kind === 'ours-pg' || kind === 'ours-2') {
    return startOursOnPostgres(kind, kind === 'ours-2' ? 2 : 1, options);
  }
  const spec = launchSpec(kind, options);
  const instance = await spawnInstance(spec, options);
  const build = kind === 'ours' ? ourBuildFingerprint() : undefined;
  const provision = (rooms: number, perRoom: number) =>
    spec.provision(instance.port, rooms, perRoom);
  return {
    kind,
    build,
    node: spec.node.version,
    pid: instance.pid,
    pids: [instance.pid],
    port: instance.port,
    provision,
    stop: instance.stop,
  };
}

/**
 * Ours on PostgreSQL and Redis (`ours-pg`: one instance, `ours-2`: two
 * instances of one deployment), on a fresh schema dropped afterwards. The
 * clients of each room are spread over the instances in turn, so in `ours-2`
 * half of every room's edits cross instances through Redis.
 */
async function startOursOnPostgres(
  kind: ServerKind,
  instances: number,
  options: StartOptions,
): Promise<RunningServer> {
  const schema = await createBenchSchema();
  const env = {
    DATABASE_URL: schema.url,
    REDIS_URL: benchRedisUrl,
    // Every instance must accept the others' session tokens.
    SESSION_SECRET: randomBytes(32).toString('hex'),
  };
  const started: Instance[] = [];
  const stop = async () => {
    await Promise.all(started.map((instance) => instance.stop()));
    await schema.drop();
  };
  try {
    for (let i = 0; i < instances; i++) {
      const spec = launchSpec('ours', options);
      Object.assign(spec.env, env);
      started.push(await spawnInstance(spec, options));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const ports = started.map((instance) => instance.port);
  return {
    kind,
    build: ourBuildFingerprint(),
    node: serverNode().version,
    pid: started[0]!.pid,
    pids: started.map((instance) => instance.pid),
    port: ports[0]!,
    provision: (rooms, perRoom) => provisionWorkshops(ports, rooms, perRoom),
    stop,
  };
}

interface Instance {
  pid: number;
  port: number;
  stop(): Promise<void>;
}

async function spawnInstance(spec: LaunchSpec, options: StartOptions): Promise<Instance> {
  const { dataDir } = spec;
  if (dataDir) dataDirs.add(dataDir);
  if (!isExecutable(spec.node.path)) throw new Error(`${spec.node.path} is not executable`);
  const [command, ...prefixArgs] = [...(options.commandPrefix ?? []), spec.node.path];
  const child = spawn(command!, [...prefixArgs, ...spec.args], {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => live.delete(child));
  const removeData = () => {
    if (!dataDir) return;
    rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  };

  let port: number;
  try {
    port = await waitForPort(child, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    removeData();
    throw error;
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    removeData();
  };
  return { pid: child.pid!, port, stop };
}

/** Every server prints "… listening at http://127.0.0.1:PORT" on stdout. Keep draining the pipes. */
function waitForPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 20) tail.shift();
  };
  child.stderr?.on('data', remember);
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${tail.join('')}`)),
      timeoutMs,
    );
    let buffered = '';
    let found = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (found) return;
      buffered += chunk.toString();
      const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/i.exec(buffered);
      if (match) {
        clearTimeout(timer);
        found = true;
        resolvePort(Number(match[1]));
      } else if (buffered.length > 100_000) {
        buffered = buffered.slice(-1000);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${tail.join('')}`));
    });
  });
}

/** First 12 hex digits of the SHA-256 of server/dist/main.js. */
export function ourBuildFingerprint(): string {
  return createHash('sha256').update(readFileSync(ourServerMain)).digest('hex').slice(0, 12);
}

export function ourServerIsBuilt(): boolean {
  return existsSync(ourServerMain);
}
