import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStorage } from '../server/src/storage/sqlite/storage.js';

/**
 * How long one storage append holds the event loop, with SQLite's own WAL
 * checkpoints (on the serving connection, every 1,000 pages) against the
 * background checkpointer (server/src/storage/sqlite/checkpointer.ts).
 * The relay stores every turn before relaying it, so an append's tail is the
 * relay's tail. Run on Node 20 (better-sqlite3 is built for it; `npx` in bench/ finds Node 24):
 * `cd bench && /usr/bin/node --import tsx storage-append.ts`.
 */

const APPENDS = 20_000;
const UPDATE_BYTES = 300;

async function measure(checkpointInBackground: boolean): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-append-'));
  const storage = new SqliteStorage(join(dir, 'moteplass.sqlite'), { checkpointInBackground });
  const workshopId = 'bench';
  await storage.workshops.create({
    id: workshopId,
    title: 'bench',
    caseDescription: '',
    language: 'nb',
    joinCode: 'BENCH1',
    facilitatorKeyHash: '0',
    createdAt: 0,
    lastActivityAt: 0,
  });
  const times: number[] = [];
  for (let i = 0; i < APPENDS; i++) {
    const started = performance.now();
    await storage.documents.append(workshopId, 'board', [new Uint8Array(UPDATE_BYTES).fill(i)]);
    times.push(performance.now() - started);
    // Like a server: other work runs between turns.
    if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
  return times.sort((a, b) => a - b);
}

function summary(name: string, times: number[]): string {
  const at = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(3);
  const slow = times.filter((t) => t > 2).length;
  return `| ${name} | ${at(0.5)} | ${at(0.99)} | ${at(0.999)} | ${at(1)} | ${slow} |`;
}

console.log(`${APPENDS} appends of ${UPDATE_BYTES} bytes, two rounds each, alternating\n`);
console.log('| checkpoints | p50 (ms) | p99 (ms) | p99.9 (ms) | max (ms) | appends > 2 ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (let round = 1; round <= 2; round++) {
  console.log(summary(`SQLite's own, round ${round}`, await measure(false)));
  console.log(summary(`background worker, round ${round}`, await measure(true)));
}
