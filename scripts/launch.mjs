#!/usr/bin/env node
// The two commands a fresh machine needs: `npm start` and `npm test`.
// Both install the workspace first when it is not installed (or the lockfile
// changed), so a clone with only Node and npm works. No dependencies: this file
// runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Møteplass needs Node 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

// node-gyp (better-sqlite3) must find the headers of the running Node without
// downloading them; pnpm ignores `nodedir` in .npmrc, so pass it by environment.
const nodePrefix = dirname(dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(join(nodePrefix, 'include/node/node.h'))) {
  process.env.npm_config_nodedir = nodePrefix;
}

function pnpmCommand() {
  const execPath = process.env.npm_execpath ?? '';
  if (/pnpm/.test(execPath)) return [process.execPath, [execPath]];
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && Number(probe.stdout.split('.')[0]) >= 10) return ['pnpm', []];
  return ['npx', ['--yes', 'pnpm@12']];
}
const [pnpmBin, pnpmPrefix] = pnpmCommand();

function run(args, options = {}) {
  const result = spawnSync(pnpmBin, [...pnpmPrefix, ...args], {
    cwd: root,
    stdio: 'inherit',
    ...options,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Newest modification time of any file below `dir` (skipping node_modules and dist). */
function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : mtime(path));
  }
  return latest;
}

function ensureInstalled() {
  const marker = join(root, 'node_modules/.modules.yaml');
  const manifests = ['pnpm-lock.yaml', 'package.json', 'pnpm-workspace.yaml'].map((f) =>
    mtime(join(root, f)),
  );
  if (mtime(marker) >= Math.max(...manifests)) return;
  console.log('› Installing dependencies (first run compiles SQLite, a couple of minutes)…');
  run(['install']);
}

function ensureBuilt() {
  const sources = Math.max(
    newest(join(root, 'shared/src')),
    newest(join(root, 'server/src')),
    newest(join(root, 'client/src')),
    mtime(join(root, 'client/index.html')),
  );
  const built = Math.min(
    mtime(join(root, 'server/dist/main.js')),
    mtime(join(root, 'client/dist/index.html')),
  );
  if (built >= sources) return;
  console.log('› Building the client and the server…');
  run(['run', 'build']);
}

/** A TCP port on 127.0.0.1 that nothing listens on at this moment. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const command = process.argv[2];
ensureInstalled();
if (command === 'start') {
  ensureBuilt();
  const server = spawn(process.execPath, [join(root, 'server/dist/main.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else if (command === 'test') {
  // Some integration tests run the built server (kill -9 of real processes).
  ensureBuilt();
  run(['run', 'test:unit']);
  // The end-to-end server gets a port that is free now, not a fixed one that
  // something else on the machine may hold.
  process.env.E2E_PORT ??= String(await freePort());
  run(['run', 'test:e2e']);
} else {
  console.error('usage: node scripts/launch.mjs start|test');
  process.exit(2);
}
