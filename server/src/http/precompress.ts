import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Brotli and gzip copies of the built client, made once (HTTP-2).
 *
 * Compressing per request (@fastify/compress) costs the CPU of every
 * download: brotli at quality 11 takes about a second per megabyte, and at
 * the quality a per-request compressor can afford it sends a good deal more
 * bytes (BENCHMARKS.md, "Static assets"). So `x.js.br` and `x.js.gz` are
 * written next to `x.js` at start-up, off the event loop (zlib's thread
 * pool), and @fastify/static (`preCompressed`) sends the one the browser
 * accepts: one stat and a file read per request. A copy newer than its
 * source is kept, so only the first start after a build pays. A directory
 * the server may not write to is served uncompressed, with a warning.
 */

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What compresses; images and fonts of the build are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.webmanifest',
]);
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

export interface PrecompressResult {
  /** Files that have both copies (made now or before). */
  files: number;
  /** Files whose copies could not be written (read-only directory). */
  failed: number;
}

export async function precompressDirectory(root: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, failed: 0 };
  const sources = (await listFiles(root)).filter((file) =>
    COMPRESSIBLE.has(extname(file).toLowerCase()),
  );
  await Promise.all(
    sources.map(async (file) => {
      const source = await stat(file);
      if (source.size < MIN_BYTES) return;
      try {
        await Promise.all([
          writeIfStale(file, '.br', source.mtimeMs, (bytes) =>
            brotli(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.size,
              },
            }),
          ),
          writeIfStale(file, '.gz', source.mtimeMs, (bytes) =>
            gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
          ),
        ]);
        result.files++;
      } catch {
        result.failed++;
      }
    }),
  );
  return result;
}

async function writeIfStale(
  file: string,
  suffix: '.br' | '.gz',
  sourceMtimeMs: number,
  compress: (bytes: Buffer) => Promise<Buffer>,
): Promise<void> {
  const target = file + suffix;
  const existing = await stat(target).catch(() => null);
  if (existing && existing.mtimeMs >= sourceMtimeMs) return;
  const compressed = await compress(await readFile(file));
  // Written aside and renamed: a request (or a second instance starting on the
  // same directory) never sees half a file.
  const aside = `${target}.${process.pid}.tmp`;
  await writeFile(aside, compressed);
  await rename(aside, target);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}
