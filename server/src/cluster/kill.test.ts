import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  addNote,
  cleanup,
  connect,
  createWorkshop,
  joinAsParticipant,
  onCleanup,
  waitFor,
} from '../../test/helper.js';
import { databaseUrl, dropRedisKeys, redisUrl, sharedDatabase } from './testing.js';

/**
 * `kill -9` of one of two production instances (server/dist/main.js, PostgreSQL
 * and Redis) loses nothing a client saw: what a participant on the surviving
 * instance saw was stored by the killed one before it was published, so a
 * fresh instance loads it from the database. Needs `pnpm run build` first.
 */
const main =
  process.env.MOTEPLASS_MAIN ?? fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const missing = [
  !redisUrl && 'TEST_REDIS_URL',
  !databaseUrl && 'TEST_DATABASE_URL',
  !existsSync(main) && 'server/dist/main.js (pnpm run build)',
].filter(Boolean);
if (missing.length > 0) console.warn(`kill -9 test skipped: needs ${missing.join(', ')}`);
const describeWhenReady = missing.length === 0 ? describe : describe.skip;

afterEach(cleanup);

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
  url: string;
  wsUrl: string;
  child: ChildProcess;
  output: () => string;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited:\n${output}`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`instance did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, wsUrl: `ws://127.0.0.1:${port}`, child, output: () => output };
}

const noteTexts = (doc: Y.Doc) =>
  Object.fromEntries(
    [...doc.getMap<Y.Map<unknown>>('items').entries()]
      .filter(([, item]) => item.get('type') === 'note')
      .map(([id, item]) => [id, item.get('text')]),
  );

describeWhenReady('kill -9 of one of two instances (server/dist/main.js)', () => {
  it('SYNC-1: loses nothing a participant on the other instance saw', async () => {
    const database = sharedDatabase();
    onCleanup(() => database.drop());
    await database.open(); // creates and migrates the schema the processes use
    const env = {
      DATABASE_URL: database.url!,
      REDIS_URL: redisUrl!,
      SESSION_SECRET: randomBytes(32).toString('hex'),
    };
    const [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    for (const instance of [a, b]) {
      if (!instance.output().includes('serving with other instances through Redis')) {
        throw new Error(
          'server/dist/main.js does not pass REDIS_URL to buildApp: main.ts needs ' +
            '`cluster: config.redisUrl ? { redisUrl: config.redisUrl } : undefined`',
        );
      }
    }
    const workshop = await createWorkshop(a.url, { title: 'Ny park' });
    onCleanup(() => dropRedisKeys(`moteplass:peers:${workshop.id}`));
    const kari = await joinAsParticipant(a.url, workshop, 'innbygger');
    const ola = await joinAsParticipant(b.url, workshop, 'politiker');
    const writer = await connect(a.wsUrl, workshop.id, 'board', kari.token);
    const reader = await connect(b.wsUrl, workshop.id, 'board', ola.token);

    for (let i = 0; i < 50; i++) addNote(writer.doc, `n${i}`, `Idé nummer ${i}`);
    await waitFor(() => Object.keys(noteTexts(reader.doc)).length === 50, 15_000, 'B to see all');
    const seen = noteTexts(reader.doc);

    a.child.kill('SIGKILL');
    await new Promise((resolve) => a.child.once('exit', resolve));
    writer.provider.destroy();

    // The survivor goes on serving; a fresh instance loads everything from the database.
    addNote(reader.doc, 'after', 'Skrevet etter krasjet');
    const c = await startInstance(env);
    const fresh = await connect(c.wsUrl, workshop.id, 'board', ola.token);
    await waitFor(() => noteTexts(fresh.doc).after !== undefined, 15_000, 'the later note on C');
    expect(noteTexts(fresh.doc)).toMatchObject(seen);
    expect(Object.keys(noteTexts(fresh.doc))).toHaveLength(51);
  });
});
