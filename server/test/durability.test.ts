import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addNote,
  cleanup,
  connect,
  createWorkshop,
  joinAsParticipant,
  noteText,
  onCleanup,
  waitFor,
} from './helper.js';

/**
 * The real server as a separate process (main.ts, SQLite in DATA_DIR), killed
 * the hard way and the polite way: what anybody has seen survives both.
 */

const serverDir = fileURLToPath(new URL('..', import.meta.url));
let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'moteplass-durability-'));
});
afterEach(async () => {
  await cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

interface ServerProcess {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node --import tsx src/main.ts` on DATA_DIR, port 0; resolves once it logs its address. */
async function startProcess(): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
  };
  // The secret must come from DATA_DIR, as on a real installation.
  delete env.SESSION_SECRET;
  delete env.PUBLIC_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });

  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let port: string | undefined;
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      port = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      return port;
    },
    20_000,
    'the server to log its address',
  );
  return { child, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}`, exited };
}

describe('durability', () => {
  it('keeps a relayed note when the process is killed with SIGKILL right after', async () => {
    const first = await startProcess();
    const workshop = await createWorkshop(first.url);
    const kari = await joinAsParticipant(first.url, workshop, 'innbygger', 'Kari');
    const ola = await joinAsParticipant(first.url, workshop, 'politiker', 'Ola');
    const writer = await connect(first.wsUrl, workshop.id, 'board', kari.token);
    const reader = await connect(first.wsUrl, workshop.id, 'board', ola.token);

    addNote(writer.doc, 'survivor', 'Gang- og sykkelvei til skolen');
    await waitFor(() => noteText(reader.doc, 'survivor'), 5000, 'the note to be relayed');
    // Relayed means stored: no grace period before the crash.
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Stop the old clients from redialling the dead server (or the new one).
    writer.provider.disconnect();
    reader.provider.disconnect();

    const second = await startProcess();
    const newcomer = await joinAsParticipant(second.url, workshop);
    const fresh = await connect(second.wsUrl, workshop.id, 'board', newcomer.token);
    expect(noteText(fresh.doc, 'survivor')).toBe('Gang- og sykkelvei til skolen');

    // The secret lives in DATA_DIR, so tokens from before the crash still work.
    const returning = await connect(second.wsUrl, workshop.id, 'board', kari.token);
    expect(noteText(returning.doc, 'survivor')).toBe('Gang- og sykkelvei til skolen');
    const lookup = await fetch(`${second.url}/api/join/${workshop.joinCode}`);
    expect(lookup.status).toBe(200);
  });

  it('exits 0 on SIGTERM, closing its sockets, and keeps the board', async () => {
    const first = await startProcess();
    const workshop = await createWorkshop(first.url);
    const kari = await joinAsParticipant(first.url, workshop);
    const ola = await joinAsParticipant(first.url, workshop);
    const writer = await connect(first.wsUrl, workshop.id, 'board', kari.token);
    const reader = await connect(first.wsUrl, workshop.id, 'board', ola.token);
    const closeCodes: (number | undefined)[] = [];
    reader.provider.on('connection-close', (event) => closeCodes.push(event?.code));

    addNote(writer.doc, 'before-shutdown', 'Flere lekeplasser');
    await waitFor(() => noteText(reader.doc, 'before-shutdown'), 5000, 'the note to be relayed');
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    await waitFor(() => closeCodes.length > 0, 5000, 'the reader to see its socket closed');
    expect(closeCodes[0]).toBe(1001); // "server shutting down", not a bare drop
    writer.provider.disconnect();
    reader.provider.disconnect();

    const second = await startProcess();
    const fresh = await connect(second.wsUrl, workshop.id, 'board', ola.token);
    expect(noteText(fresh.doc, 'before-shutdown')).toBe('Flere lekeplasser');
  });
});
