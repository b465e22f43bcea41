/**
 * Breakout groups: does a room of 20 groups of 5 feel as fast as one group of 5?
 *
 * Runs our production server (`server/dist/main.js`, SQLite in a throwaway
 * `DATA_DIR`) in two set-ups, each a fresh workshop on the same server:
 *
 *   one    — 5 participants, `startBreakout {groupSize: 5}`: one group;
 *   twenty — 100 participants, `startBreakout {groupSize: 5}`: 20 groups of 5,
 *            all on one board.
 *
 * Every participant drags its own note at `--rate` Hz, stamped with the time
 * it was sent; in each group one member also decodes everything it receives
 * and times the edits of its own group's members (what a person in the group
 * waits for). The board is shared, so each observer also receives the other
 * groups' edits: that is the cost being measured. Then the console's side:
 * `--moves` moves of one person between groups, timed from the request until
 * a control-document client sees the new member list. Prints p50/p95/p99.
 * Bounded: the whole run stops after `--deadline` s (at most 110).
 *
 *   cd bench && npx tsx breakout.ts [--rate 2] [--duration 10] [--moves 10]
 *
 * Nothing here asserts a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BREAKOUT_KEY, ROLES, readBreakout, type BreakoutState } from '@moteplass/shared';
import * as Y from 'yjs';
import { ITEMS, createNote, moveNote, noteSeq } from './lib/board.js';
import { ProtocolClient, REMOTE, nowMs } from './lib/protocol-client.js';
import { distribution, type Distribution } from './lib/stats.js';

const MAIN = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const RATE_HZ = flag('rate', 2);
const DURATION_S = flag('duration', 10);
const MOVES = flag('moves', 10);
const DEADLINE_S = Math.min(flag('deadline', 110), 110);
const WARMUP_MS = 1_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let child: ChildProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'moteplass-bench-breakout-'));

async function startServer(): Promise<{ http: string; ws: string }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  child = spawn(process.env.BENCH_NODE20 ?? '/usr/bin/node', [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const http = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited at start-up');
    const up = await fetch(`${http}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { http, ws: `ws://127.0.0.1:${port}` };
    if (Date.now() > deadline) throw new Error('the server did not start within 15 s');
    await sleep(50);
  }
}

async function post<T>(url: string, body: unknown, token?: string, status = 201): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': '10.19.0.1',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (response.status !== status) {
    throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

interface Result {
  people: number;
  groups: number;
  startMs: number;
  edits: Distribution;
  moves: Distribution;
}

async function measure(server: { http: string; ws: string }, people: number): Promise<Result> {
  const workshop = await post<{ id: string; joinCode: string; facilitatorKey: string }>(
    `${server.http}/api/workshops`,
    { title: `Benchmark: breakout ${people}` },
  );
  const base = `${server.http}/api/workshops/${workshop.id}`;
  const facilitator = await post<{ token: string }>(`${base}/sessions`, {
    facilitatorKey: workshop.facilitatorKey,
  });
  const sessions: { token: string; participantId: string }[] = [];
  for (let i = 0; i < people; i++) {
    sessions.push(
      await post(`${base}/sessions`, {
        joinCode: workshop.joinCode,
        role: ROLES[i % ROLES.length],
      }),
    );
  }
  const control = new ProtocolClient({
    url: `${server.ws}/ws/workshops/${workshop.id}/control?token=${facilitator.token}`,
    observe: true,
  });
  await control.connect(10_000);
  const breakout = (): BreakoutState | null =>
    readBreakout(control.doc.getMap('workshop').get(BREAKOUT_KEY));

  const started = nowMs();
  await post(
    `${base}/actions`,
    { type: 'startBreakout', groupSize: 5, mix: 'roles' },
    facilitator.token,
    200,
  );
  const startMs = nowMs() - started;
  while (!breakout()) await sleep(10);
  const groups = breakout()!.groups;
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));

  // Sockets: the first member of each group observes (decodes everything).
  const observerIds = new Set(groups.map((g) => g.members[0]!));
  const clients = new Map<string, ProtocolClient>();
  for (const session of sessions) {
    const client = new ProtocolClient({
      url: `${server.ws}/ws/workshops/${workshop.id}/board?token=${session.token}`,
      observe: observerIds.has(session.participantId),
    });
    await client.connect(10_000);
    clients.set(session.participantId, client);
  }

  const sentAt = new Map<string, number[]>(); // note key → send times by seq
  const samples: number[] = [];
  let from = Number.POSITIVE_INFINITY;
  for (const observerId of observerIds) {
    const observer = clients.get(observerId)!;
    const group = groupOf.get(observerId);
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
        const writer = key.slice('bench-'.length);
        if (!key.startsWith('bench-') || writer === observerId || groupOf.get(writer) !== group)
          continue;
        const seq = noteSeq(observer.doc, key);
        const seen = lastSeq.get(key) ?? -1;
        for (let s = seen + 1; s <= seq; s++) {
          const at = sentAt.get(key)?.[s];
          if (at !== undefined && at >= from) samples.push(observer.receivedAt - at);
        }
        if (seq > seen) lastSeq.set(key, seq);
      }
    });
  }

  const timers: NodeJS.Timeout[] = [];
  [...clients.entries()].forEach(([participantId, client], index) => {
    const key = `bench-${participantId}`;
    const times: number[] = [];
    sentAt.set(key, times);
    const edit = () => {
      if (!client.isOpen) return;
      const stamp = { seq: times.length, sentAt: nowMs() };
      times.push(stamp.sentAt);
      if (stamp.seq === 0) client.doc.transact(() => createNote(client.doc, key, index, stamp));
      else moveNote(client.doc, key, stamp);
    };
    timers.push(
      setTimeout(
        () => {
          edit();
          timers.push(setInterval(edit, 1000 / RATE_HZ));
        },
        Math.random() * (1000 / RATE_HZ),
      ),
    );
  });
  from = nowMs() + WARMUP_MS;
  await sleep(WARMUP_MS + DURATION_S * 1000);

  // The console's side, while the groups keep writing: move one person back and forth.
  const moveSamples: number[] = [];
  const mover = sessions[sessions.length - 1]!.participantId;
  for (let m = 0; m < MOVES; m++) {
    const target = groups[(m + 1) % groups.length]!.id;
    const sent = nowMs();
    await post(
      `${base}/actions`,
      { type: 'moveParticipant', participantId: mover, groupId: target },
      facilitator.token,
      200,
    );
    while (
      !breakout()
        ?.groups.find((g) => g.id === target)
        ?.members.includes(mover)
    )
      await sleep(1);
    moveSamples.push(nowMs() - sent);
  }
  for (const timer of timers) clearInterval(timer);
  await sleep(500);
  for (const client of [...clients.values(), control]) client.close();
  return {
    people,
    groups: groups.length,
    startMs,
    edits: distribution(samples),
    moves: distribution(moveSamples),
  };
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

async function main(): Promise<void> {
  const stop = setTimeout(() => {
    console.error(`stopped after the ${DEADLINE_S} s deadline`);
    child?.kill('SIGKILL');
    process.exit(2);
  }, DEADLINE_S * 1000);
  stop.unref();
  const server = await startServer();
  const results = [await measure(server, 5), await measure(server, 100)];
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; Node ${process.version}; rate ${RATE_HZ} Hz, ${DURATION_S} s\n`,
  );
  console.log(
    '| set-up | people | groups | startBreakout ms | edits in a group | p50 ms | p95 ms | p99 ms | max ms | moves | move p50 ms | move p95 ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.groups === 1 ? 'one group' : `${r.groups} groups`} | ${r.people} | ${r.groups} | ${ms(r.startMs)} | ${r.edits.count} | ${ms(r.edits.p50)} | ${ms(r.edits.p95)} | ${ms(r.edits.p99)} | ${ms(r.edits.max)} | ${r.moves.count} | ${ms(r.moves.p50)} | ${ms(r.moves.p95)} |`,
    );
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    child?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });
