/**
 * Two instances: the extra edit latency of crossing instances (Redis fan-out).
 *
 * Runs our production server (`server/dist/main.js`) with PostgreSQL and
 * Redis on 127.0.0.1, in two set-ups, each with fresh processes and a fresh
 * PostgreSQL schema:
 *
 *   one  — one instance; every writer and both observers on it;
 *   two  — two instances; writers split between them, one observer on each.
 *
 * Each writer drags its own note at `--rate` Hz, stamped with the time it was
 * sent; an observer times every other writer's edit as it arrives. In "two",
 * an edit is "same" when writer and observer share an instance and "cross"
 * when it went through Redis to the other one. Prints p50/p95/p99 per kind
 * and the extra latency of crossing. Bounded: at most `--deadline` s (30).
 *
 *   cd bench && npx tsx two-instance.ts [--writers 20] [--rate 2] [--duration 8]
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379), BENCH_NODE20 (the Node that runs the server).
 * Both must be on the loopback interface. Nothing here asserts a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { ITEMS, createNote, moveNote, noteSeq } from './lib/board.js';
import { ProtocolClient, REMOTE, nowMs } from './lib/protocol-client.js';
import { distribution, type Distribution } from './lib/stats.js';

const MAIN = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));
const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const WRITERS = flag('writers', 20);
const RATE_HZ = flag('rate', 2);
const DURATION_S = flag('duration', 8);
const DEADLINE_S = Math.min(flag('deadline', 30), 30);
const WARMUP_MS = 1_000;

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    throw new Error(`${url} is not on 127.0.0.1: this benchmark runs on loopback only`);
  }
}

function serverNode(): string {
  if (process.env.BENCH_NODE20) return process.env.BENCH_NODE20;
  return existsSync('/usr/bin/node') ? '/usr/bin/node' : process.execPath;
}

// pg is the server's dependency; the benchmark borrows it to make and drop a schema.
const requireFromServer = createRequire(new URL('../server/package.json', import.meta.url));
interface PgClient {
  connect(): Promise<void>;
  query(statement: string): Promise<unknown>;
  end(): Promise<void>;
}
const pg = requireFromServer('pg') as {
  Client: new (config: { connectionString: string }) => PgClient;
};

async function sql(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Instance {
  http: string;
  ws: string;
  child: ChildProcess;
}

const children: ChildProcess[] = [];

async function startInstance(schema: string): Promise<Instance> {
  const port = await freePort();
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const child = spawn(serverNode(), [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      REDIS_URL: redisUrl,
      SESSION_SECRET: 'two-instance-benchmark-secret-0123456789abcdef',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const http = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('an instance exited at start-up');
    const up = await fetch(`${http}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error('an instance did not start within 15 s');
    await sleep(50);
  }
  return { http, ws: `ws://127.0.0.1:${port}`, child };
}

async function stopAll(): Promise<void> {
  await Promise.all(
    children.splice(0).map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
        }),
    ),
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // Each "person" from its own address, so the per-client rate limit sees people.
      'x-forwarded-for': `10.${randomBytes(3).join('.')}`,
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

interface Workshop {
  id: string;
  joinCode: string;
}

async function sessionUrl(instance: Instance, workshop: Workshop): Promise<string> {
  const { token } = await post<{ token: string }>(
    `${instance.http}/api/workshops/${workshop.id}/sessions`,
    { joinCode: workshop.joinCode, role: 'innbygger' },
  );
  return `${instance.ws}/ws/workshops/${workshop.id}/board?token=${token}`;
}

interface Samples {
  same: number[];
  cross: number[];
}

/** One set-up: writers placed by `writerOn`, one observer per instance; returns edit latencies. */
async function measure(instances: Instance[]): Promise<Samples> {
  const workshop = await post<Workshop>(`${instances[0]!.http}/api/workshops`, {
    title: 'Benchmark: two instances',
  });
  const ledger = new Map<string, { instance: number; sentAt: number[] }>();
  const samples: Samples = { same: [], cross: [] };
  let from = Number.POSITIVE_INFINITY;

  const observers: ProtocolClient[] = [];
  for (const [index, instance] of instances.entries()) {
    const observer = new ProtocolClient({
      url: await sessionUrl(instance, workshop),
      observe: true,
    });
    await observer.connect(10_000);
    const lastSeq = new Map<string, number>();
    observer.doc.getMap(ITEMS).observeDeep((events, transaction) => {
      if (transaction.origin !== REMOTE) return;
      const touched = new Set<string>();
      for (const event of events) {
        if (event.path.length > 0) touched.add(String(event.path[0]));
        else if (event instanceof Y.YMapEvent)
          for (const key of event.keysChanged) touched.add(key);
      }
      for (const key of touched) {
        const writer = ledger.get(key);
        if (!writer) continue;
        const seq = noteSeq(observer.doc, key);
        const seen = lastSeq.get(key) ?? -1;
        for (let s = seen + 1; s <= seq; s++) {
          const sentAt = writer.sentAt[s];
          if (sentAt === undefined || sentAt < from) continue;
          (writer.instance === index ? samples.same : samples.cross).push(
            observer.receivedAt - sentAt,
          );
        }
        if (seq > seen) lastSeq.set(key, seq);
      }
    });
    observers.push(observer);
  }

  const writers: { client: ProtocolClient; key: string }[] = [];
  for (let w = 0; w < WRITERS; w++) {
    const instance = w % instances.length;
    const client = new ProtocolClient({
      url: await sessionUrl(instances[instance]!, workshop),
      observe: false,
    });
    await client.connect(10_000);
    const key = `bench-${w}`;
    ledger.set(key, { instance, sentAt: [] });
    writers.push({ client, key });
  }

  const timers: NodeJS.Timeout[] = [];
  for (const [index, { client, key }] of writers.entries()) {
    const sentAt = ledger.get(key)!.sentAt;
    const edit = () => {
      if (!client.isOpen) return;
      const stamp = { seq: sentAt.length, sentAt: nowMs() };
      sentAt.push(stamp.sentAt);
      if (stamp.seq === 0) client.doc.transact(() => createNote(client.doc, key, index, stamp));
      else moveNote(client.doc, key, stamp);
    };
    // Spread the writers over the period, as people are.
    const start = setTimeout(
      () => {
        edit();
        timers.push(setInterval(edit, 1000 / RATE_HZ));
      },
      Math.random() * (1000 / RATE_HZ),
    );
    timers.push(start);
  }
  from = nowMs() + WARMUP_MS;
  await sleep(WARMUP_MS + DURATION_S * 1000);
  for (const timer of timers) clearInterval(timer);
  await sleep(500); // let the last edits arrive
  for (const client of [...observers, ...writers.map((writer) => writer.client)]) client.close();
  return samples;
}

async function setUp(count: number): Promise<{ instances: Instance[]; drop: () => Promise<void> }> {
  const schema = `bench_two_${randomBytes(5).toString('hex')}`;
  await sql(`CREATE SCHEMA "${schema}"`);
  // Start one first so it migrates alone; the others find the schema ready.
  const instances = [await startInstance(schema)];
  while (instances.length < count) instances.push(await startInstance(schema));
  return {
    instances,
    drop: async () => {
      await stopAll();
      await sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

function row(name: string, d: Distribution): string {
  return `| ${name} | ${d.count} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.p99)} | ${ms(d.max)} |`;
}

async function main(): Promise<void> {
  assertLoopback(databaseUrl);
  assertLoopback(redisUrl);
  if (!existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run pnpm run build');
  const hardStop = setTimeout(() => {
    console.error(`deadline of ${DEADLINE_S} s reached; stopping`);
    void stopAll().then(() => process.exit(2));
  }, DEADLINE_S * 1000);
  hardStop.unref();

  const one = await setUp(1);
  let single: Samples;
  try {
    single = await measure(one.instances);
  } finally {
    await one.drop();
  }
  const two = await setUp(2);
  let split: Samples;
  try {
    split = await measure(two.instances);
  } finally {
    await two.drop();
  }
  clearTimeout(hardStop);

  const baseline = distribution(single.same);
  const same = distribution(split.same);
  const cross = distribution(split.cross);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\n${WRITERS} writers at ${RATE_HZ} Hz, ${DURATION_S} s measured after ${WARMUP_MS / 1000} s warm-up; ` +
      `PostgreSQL and Redis on 127.0.0.1; ${cpus().length} × ${cpu}; server on ${serverNode()}\n`,
  );
  console.log('| edits observed | samples | p50 ms | p95 ms | p99 ms | max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(row('one instance', baseline));
  console.log(row('two instances, same instance', same));
  console.log(row('two instances, crossing', cross));
  console.log(
    `\nExtra latency of crossing instances (crossing − same, in the same run): ` +
      `p50 ${ms(cross.p50 - same.p50)} ms, p99 ${ms(cross.p99 - same.p99)} ms; ` +
      `against one instance: p50 ${ms(cross.p50 - baseline.p50)} ms, p99 ${ms(cross.p99 - baseline.p99)} ms`,
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
