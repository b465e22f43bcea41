import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The two servers under test, each a child process on 127.0.0.1 so CPU and
 * memory are read the same way: our built server (SQLite in a throwaway
 * DATA_DIR) and the reference relay (@y/websocket-server, in memory).
 */

export type ServerKind = 'ours' | 'reference';
export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'reference'];

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(benchDir, '..');
export const ourServerMain = join(repoDir, 'server/dist/main.js');

export interface RunningServer {
  kind: ServerKind;
  /** For ours, a hash of the built bundle: a rebuild during the benchmark shows up. */
  build?: string;
  pid: number;
  port: number;
  /** WebSocket URLs for `perRoom` clients in each of `rooms` rooms (one workshop per room). */
  provision(rooms: number, perRoom: number): Promise<string[][]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Run the reference with its dependencies as installed (Yjs 14 pre-releases) instead of Yjs 13. */
  referenceAsInstalled: boolean;
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

export async function startServer(kind: ServerKind, options: StartOptions): Promise<RunningServer> {
  const build = kind === 'ours' ? ourBuildFingerprint() : undefined;
  const dataDir = kind === 'ours' ? mkdtempSync(join(tmpdir(), 'moteplass-bench-')) : undefined;
  if (dataDir) dataDirs.add(dataDir);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  const child =
    kind === 'ours'
      ? spawn(process.execPath, [ourServerMain], {
          cwd: repoDir,
          env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            join(benchDir, 'reference-server.ts'),
            ...(options.referenceAsInstalled ? ['--as-installed'] : []),
          ],
          { cwd: benchDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
        );
  live.add(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => live.delete(child));

  let port: number;
  try {
    port = await waitForPort(child, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (dataDir) dataDirs.delete(dataDir);
    throw error;
  }
  const pid = child.pid!;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    if (dataDir) {
      rmSync(dataDir, { recursive: true, force: true });
      dataDirs.delete(dataDir);
    }
  };

  const provision =
    kind === 'ours'
      ? (rooms: number, perRoom: number) => provisionWorkshops(port, rooms, perRoom)
      : async (rooms: number, perRoom: number) =>
          Array.from({ length: rooms }, (_, room) =>
            Array.from({ length: perRoom }, () => `ws://127.0.0.1:${port}/bench-room-${room}`),
          );
  return { kind, build, pid, port, provision, stop };
}

/** Both servers print "… listening at http://127.0.0.1:PORT" on stdout. Keep draining the pipes. */
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

interface CreatedWorkshop {
  id: string;
  joinCode: string;
}

/** One workshop per room and one participant session per client, through the public API. */
async function provisionWorkshops(
  port: number,
  rooms: number,
  perRoom: number,
): Promise<string[][]> {
  const base = `http://127.0.0.1:${port}`;
  const urls: string[][] = [];
  for (let room = 0; room < rooms; room++) {
    const workshop = await postJson<CreatedWorkshop>(`${base}/api/workshops`, {
      title: `Benchmark room ${room + 1}`,
    });
    const tokens = await mapLimited(perRoom, 8, async () => {
      const session = await postJson<{ token: string }>(
        `${base}/api/workshops/${workshop.id}/sessions`,
        { joinCode: workshop.joinCode, role: 'innbygger' },
      );
      return session.token;
    });
    urls.push(
      tokens.map(
        (token) =>
          `ws://127.0.0.1:${port}/ws/workshops/${workshop.id}/board?token=${encodeURIComponent(token)}`,
      ),
    );
  }
  return urls;
}

/** POST JSON; on 429 waits as long as the server asks (bounded) and tries again. */
async function postJson<T>(url: string, body: unknown): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 429 && attempt < 3) {
      const waitS = Math.min(65, Number(response.headers.get('retry-after')) || 10);
      console.log(`  (rate-limited by the server; waiting ${waitS} s)`);
      await new Promise((done) => setTimeout(done, waitS * 1000));
      continue;
    }
    if (!response.ok) {
      throw new Error(
        `POST ${new URL(url).pathname} → ${response.status} ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  }
}

/** Run `count` tasks with at most `limit` in flight; results in order. */
export async function mapLimited<T>(
  count: number,
  limit: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

/** First 12 hex digits of the SHA-256 of server/dist/main.js. */
export function ourBuildFingerprint(): string {
  return createHash('sha256').update(readFileSync(ourServerMain)).digest('hex').slice(0, 12);
}

export function ourServerIsBuilt(): boolean {
  return existsSync(ourServerMain);
}
