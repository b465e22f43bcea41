/**
 * What a browser downloads of the built client: every file in client/dist
 * with its raw, gzip and brotli size (compressed as the server compresses
 * it: brotli 11, gzip 9, server/src/http/precompress.ts), then the sum for
 * the join page (`/w/:id/join`) — the JavaScript and CSS it loads before it
 * can show anything: index.html's module scripts, module preloads and
 * stylesheets, and every chunk those scripts import statically, followed
 * through the graph. Chunks only imported dynamically (`import()`) load
 * later and are listed, not summed.
 *
 * `--cpu` also times compressing the largest join-page chunk the way a
 * per-request compressor would (@fastify/compress: brotli quality 4, gzip
 * level 6 by default) against the one-off copies the server makes: the CPU
 * a download would cost if nothing were precompressed.
 *
 * Usage (after `pnpm build` at the root):
 *   cd bench && npx tsx bundle-size.ts [--dist ../client/dist] [--json] [--cpu]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, extname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const args = process.argv.slice(2);
const distArg = args.indexOf('--dist');
const dist = resolve(
  distArg >= 0 && args[distArg + 1]
    ? args[distArg + 1]!
    : join(dirname(fileURLToPath(import.meta.url)), '../client/dist'),
);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function sizeOf(path: string): FileSize {
  const bytes = readFileSync(path);
  return {
    file: relative(dist, path).split('\\').join('/'),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

/** `/assets/x.js` or `./x.js` from `from` (a dist-relative path) → dist-relative path. */
function resolveUrl(url: string, from: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null;
  const path = url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(from), url);
  return posix.normalize(path.split('?')[0]!);
}

/** What the page loads up front: its scripts, preloads and stylesheets, and their static imports. */
function entryGraph(): Set<string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g),
  ]
    .map((match) => resolveUrl(match[1]!, 'index.html'))
    .filter((path): path is string => path !== null);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (extname(file) !== '.js') continue;
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports in minified output: `import"./a.js"`, `from"./a.js"` (not `import("./a.js")`).
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      const target = resolveUrl(match[1]!, file);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const files = listFiles(dist)
  .filter((path) => !/\.(br|gz|tmp)$/.test(path))
  .map(sizeOf)
  .sort((a, b) => b.raw - a.raw);
const entry = entryGraph();
const joinPage = files.filter((size) => entry.has(size.file));
const sum = (sizes: FileSize[], key: keyof Omit<FileSize, 'file'>) =>
  sizes.reduce((total, size) => total + size[key], 0);
const joinJs = joinPage.filter((size) => size.file.endsWith('.js'));

if (args.includes('--json')) {
  console.log(
    JSON.stringify({ dist, files, joinPage: joinPage.map((size) => size.file) }, null, 2),
  );
} else {
  console.log(`client build: ${dist}\n`);
  console.log('| file | raw KiB | gzip KiB | brotli KiB | join page |');
  console.log('|---|---:|---:|---:|:---:|');
  for (const size of files) {
    const marker = entry.has(size.file) ? 'yes' : '';
    console.log(
      `| ${size.file} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} | ${marker} |`,
    );
  }
  console.log(
    `| **join page, JavaScript** | ${kb(sum(joinJs, 'raw'))} | ${kb(sum(joinJs, 'gzip'))} | ${kb(sum(joinJs, 'brotli'))} | |`,
  );
  console.log(
    `| **join page, JS + CSS** | ${kb(sum(joinPage, 'raw'))} | ${kb(sum(joinPage, 'gzip'))} | ${kb(sum(joinPage, 'brotli'))} | |`,
  );
}

/** Median of five runs, ms, and the compressed size. */
function timed(compress: () => Buffer): { ms: number; bytes: number } {
  const runs: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    bytes = compress().length;
    runs.push(performance.now() - started);
  }
  return { ms: runs.sort((a, b) => a - b)[2]!, bytes };
}

if (args.includes('--cpu')) {
  const largest = [...joinJs].sort((a, b) => b.raw - a.raw)[0];
  if (largest) {
    const bytes = readFileSync(join(dist, largest.file));
    const brotliAt = (quality: number) => () =>
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
    const gzipAt = (level: number) => () => gzipSync(bytes, { level });
    console.log(`\nCompressing ${largest.file} (${kb(largest.raw)} KiB) once:\n`);
    console.log('| compression | CPU ms | KiB sent |');
    console.log('|---|---:|---:|');
    for (const [name, run] of [
      ['brotli 4 (@fastify/compress default, per request)', brotliAt(4)],
      ['gzip 6 (@fastify/compress default, per request)', gzipAt(6)],
      ['brotli 11 (precompressed, once per build)', brotliAt(11)],
      ['gzip 9 (precompressed, once per build)', gzipAt(9)],
    ] as const) {
      const { ms, bytes: sent } = timed(run);
      console.log(`| ${name} | ${ms.toFixed(1)} | ${kb(sent)} |`);
    }
  }
}
