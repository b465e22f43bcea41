// What each page costs to open: the JavaScript (and CSS) a browser downloads
// for it, raw, gzip and brotli (as served compressed), from the Vite manifest
// of the last `pnpm build`. The join page has a budget (docs/configuration.md).
//   pnpm --filter @moteplass/client size
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** Each route's own chunk (app/pages.ts), by the name of the page's folder. */
const PAGES = {
  '/w/:id/join': ['join'],
  '/w/:id/board': ['board'],
  '/w/:id/board (canvas shown)': ['board', 'src/canvas/CanvasBoard.tsx'],
  '/w/:id/console': ['console'],
  '/w/:id/screen': ['screen'],
  '/': ['workshop'],
};
const JOIN_BUDGET = 200 * 1000;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);

/** A chunk's manifest key: a source path, or the chunk named after a folder (`_join-<hash>.js`). */
function keyOf(name) {
  if (manifest[name]) return name;
  const key = Object.keys(manifest).find(
    (k) => (k.startsWith(`_${name}-`) && k.endsWith('.js')) || k === `src/${name}/index.ts`,
  );
  if (!key) throw new Error(`no chunk for ${name} in the manifest`);
  return key;
}

/** A chunk and everything it imports statically (loaded with it). */
function closure(keys, files = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) continue;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    closure(chunk.imports ?? [], files);
  }
  return files;
}

function sizes(files) {
  const total = { js: { raw: 0, gzip: 0, brotli: 0 }, css: { raw: 0, gzip: 0, brotli: 0 } };
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const kind = file.endsWith('.css') ? 'css' : 'js';
    total[kind].raw += bytes.length;
    total[kind].gzip += gzipSync(bytes, { level: 9 }).length;
    total[kind].brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
let overBudget = false;
console.log('page | JS raw | JS gzip | JS brotli | CSS brotli');
for (const [page, keys] of Object.entries(PAGES)) {
  const files = closure([entry, ...keys.map(keyOf)]);
  const { js, css } = sizes(files);
  console.log(`${page} | ${kb(js.raw)} | ${kb(js.gzip)} | ${kb(js.brotli)} | ${kb(css.brotli)}`);
  if (page === '/w/:id/join' && js.brotli > JOIN_BUDGET) overBudget = true;
}
if (overBudget) {
  console.error(`The join page ships more than ${kb(JOIN_BUDGET)} of JavaScript (brotli).`);
  process.exit(1);
}
