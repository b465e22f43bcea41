/// <reference lib="dom" />
/**
 * Render benchmark: the board canvas in headless Chromium against the real
 * server, with a naive Konva board measured in the same run as reference.
 *
 *   cd bench && npx tsx render.ts [--sizes 500,2000,5000] [--seconds 3] [--zoomed 2000,5000]
 *
 * `--zoomed` sizes also pan zoomed out, at the scales where the level of
 * detail draws full text, fitted headlines and greeked lines, and sweep the
 * zoom from 5 % to 60 % and back (every layout step crossed).
 *
 * Needs `pnpm run build` in the repository first (run under
 * `flock /tmp/moteplass-bench.lock`). Prints a Markdown table.
 */
import os from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { COLUMNS, NOTE, createBoard, noteBounds, signInToBoard } from './lib/render-fill.js';
import { panFrameTimes } from './lib/render-frames.js';
import { zoomFrameTimes } from './lib/render-zoom.js';
import { buildNaiveBoard, konvaScript } from './lib/render-naive.js';
import { killAllServers, startServer } from './lib/servers.js';
import { median, percentile } from './lib/stats.js';

declare global {
  interface Window {
    __moteplassCanvas?: { itemCount: number; renderedCount: number };
  }
}

const WIDTH = 1280;
const HEIGHT = 800;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const sizes = option('sizes', '500,2000,5000').split(',').map(Number);
const seconds = Number(option('seconds', '3'));
const zoomed = new Set(option('zoomed', '2000,5000').split(',').map(Number));

/** The zoomed-out views, named for what the level of detail draws at that scale on 200-unit notes. */
const LOD_VIEWS = [
  { view: 'full text', scale: 0.5 },
  { view: 'headlines', scale: 0.25 },
  { view: 'headlines and greeked lines', scale: 0.12 },
] as const;

interface ZoomedFigures {
  notes: number;
  view: string;
  scale: string;
  fps: number;
  p95: number;
  /** Main-thread CPU per frame (ThreadTime, DevTools protocol): steadier than fps on a busy machine. */
  cpuMs: number;
  drawn: number | null;
}

interface Figures {
  board: string;
  notes: number;
  firstPaintMs: number | null;
  pan100: { fps: number; p95: number };
  panAll: { fps: number; p95: number };
  rendered100?: number;
  renderedAll?: number;
}

function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { fps: 1000 / median(sorted), p95: percentile(sorted, 95) };
}

interface Size {
  width: number;
  height: number;
}

/** Every note in view, with a margin, like "zoom to fit", on a canvas of `size`. */
function fitAll(count: number, size: Size) {
  const b = noteBounds(count);
  const scale = Math.min((size.width - 40) / b.w, (size.height - 40) / b.h);
  return {
    scale,
    x: size.width / 2 - (b.x + b.w / 2) * scale,
    y: size.height / 2 - (b.y + b.h / 2) * scale,
  };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  // tsx names functions with a helper the browser does not have.
  await context.addInitScript('window.__name = (f) => f;');
  return context.newPage();
}

async function measureOurs(
  browser: Browser,
  base: string,
  count: number,
): Promise<Figures & { size: Size }> {
  const board = await createBoard(base, count);
  const page = await newPage(browser);
  await signInToBoard(page, board);
  await page.goto(`${base}/w/${board.workshopId}/board`);
  await page.waitForFunction((n) => (window.__moteplassCanvas?.itemCount ?? 0) >= n, count, {
    timeout: 60_000,
    polling: 50,
  });
  await page.waitForFunction(
    () => performance.getEntriesByName('moteplass:canvas-first-paint').length > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  const firstPaintMs = await page.evaluate(() => {
    const open = performance.getEntriesByName('moteplass:board-socket-open')[0];
    const paint = performance.getEntriesByName('moteplass:canvas-first-paint')[0];
    return open && paint ? paint.startTime - open.startTime : null;
  });
  const ms = seconds * 1000;
  const pan100 = summarise(
    await page.evaluate(panFrameTimes, { ms, dx: 6, scale: 1, x: -20, y: -380, naive: false }),
  );
  const rendered100 = await page.evaluate(() => window.__moteplassCanvas!.renderedCount);
  const size = await page.evaluate(() => {
    const surface = document.querySelector('.canvas-surface')!;
    return { width: surface.clientWidth, height: surface.clientHeight };
  });
  const all = fitAll(count, size);
  const panAll = summarise(
    await page.evaluate(panFrameTimes, { ms, dx: 0.5, ...all, naive: false }),
  );
  const renderedAll = await page.evaluate(() => window.__moteplassCanvas!.renderedCount);
  if (zoomed.has(count)) await measureZoomed(page, count, size);
  await page.context().close();
  return {
    board: 'Møteplass canvas',
    notes: count,
    firstPaintMs,
    pan100,
    panAll,
    rendered100,
    renderedAll,
    size,
  };
}

const zoomedRows: ZoomedFigures[] = [];

/** Pans at the level-of-detail scales, and a zoom sweep, centred on the notes. */
async function measureZoomed(page: Page, count: number, size: Size): Promise<void> {
  const ms = seconds * 1000;
  const b = noteBounds(count);
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  };
  /** Frame times of a run, and the main thread's CPU milliseconds per frame over it. */
  const timed = async (run: () => Promise<number[]>) => {
    const before = await threadTime();
    const times = await run();
    const cpuMs = (((await threadTime()) - before) * 1000) / Math.max(1, times.length);
    return { ...summarise(times), cpuMs };
  };
  for (const { view, scale } of LOD_VIEWS) {
    const at = { scale, x: size.width / 2 - cx * scale, y: size.height / 2 - cy * scale };
    const pan = await timed(() => page.evaluate(panFrameTimes, { ms, dx: 3, ...at, naive: false }));
    const drawn = await page.evaluate(() => window.__moteplassCanvas!.renderedCount);
    zoomedRows.push({ notes: count, view, scale: `${scale * 100} %`, ...pan, drawn });
  }
  const sweep = await timed(() =>
    page.evaluate(zoomFrameTimes, { ms, from: 0.05, to: 0.6, cx, cy, ...size }),
  );
  zoomedRows.push({
    notes: count,
    view: 'zoom out and in',
    scale: '5–60 %',
    ...sweep,
    drawn: null,
  });
  await cdp.detach();
  console.error(`ours ${count} zoomed: done`);
}

async function measureNaive(
  browser: Browser,
  count: number,
  konva: string,
  size: Size,
): Promise<Figures> {
  const page = await newPage(browser);
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: konva });
  const buildMs = await page.evaluate(buildNaiveBoard, {
    count,
    columns: COLUMNS,
    note: NOTE,
    gap: 24,
    // The same canvas size as ours, so both draw the same number of pixels.
    ...size,
  });
  const ms = seconds * 1000;
  const pan100 = summarise(
    await page.evaluate(panFrameTimes, { ms, dx: 6, scale: 1, x: -20, y: -380, naive: true }),
  );
  const panAll = summarise(
    await page.evaluate(panFrameTimes, { ms, dx: 0.5, ...fitAll(count, size), naive: true }),
  );
  await page.context().close();
  return { board: 'naive Konva (reference)', notes: count, firstPaintMs: buildMs, pan100, panAll };
}

const f1 = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(1);
const f0 = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(0);

async function main() {
  const server = await startServer('ours', { referenceAsInstalled: false });
  const base = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const konva = konvaScript();
  const rows: Figures[] = [];
  try {
    for (const count of sizes) {
      const ours = await measureOurs(browser, base, count);
      rows.push(ours);
      console.error(`ours ${count}: done`);
      rows.push(await measureNaive(browser, count, konva, ours.size));
      console.error(`naive ${count}: done`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const cpus = os.cpus();
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Chromium headless (--disable-gpu), window ${WIDTH}×${HEIGHT}, canvas ${rows[0] && 'size' in rows[0] ? `${(rows[0] as { size: Size }).size.width}×${(rows[0] as { size: Size }).size.height}` : '?'}; ${seconds} s per pan; server build ${server.build ?? '?'}.`,
  );
  console.log('');
  console.log(
    '| board | notes | first paint ms | pan 100 %: median fps | p95 frame ms | drawn | pan, all visible: median fps | p95 frame ms | drawn |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.board} | ${r.notes} | ${f0(r.firstPaintMs)} | ${f1(r.pan100.fps)} | ${f1(r.pan100.p95)} | ${f0(r.rendered100)} | ${f1(r.panAll.fps)} | ${f1(r.panAll.p95)} | ${f0(r.renderedAll)} |`,
    );
  if (zoomedRows.length > 0) {
    console.log('');
    console.log(
      '| notes | zoomed out: what is drawn | scale | median fps | p95 frame ms | main-thread CPU ms per frame | drawn |',
    );
    console.log('|---:|---|---:|---:|---:|---:|---:|');
    for (const r of zoomedRows)
      console.log(
        `| ${r.notes} | ${r.view} | ${r.scale} | ${f1(r.fps)} | ${f1(r.p95)} | ${f1(r.cpuMs)} | ${f0(r.drawn)} |`,
      );
  }
  console.log('');
  console.log(
    'First paint: ours from the board socket opening to the first frame with items (marks moteplass:board-socket-open → moteplass:canvas-first-paint); the naive board, the time to build and draw it from data already in the page.',
  );
}

process.on('exit', killAllServers);
main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
