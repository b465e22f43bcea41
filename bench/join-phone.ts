/// <reference lib="dom" />
/**
 * Joining a big board on a phone (issue 21): from opening the link to a
 * painted board of `--notes` notes, in headless Chromium emulating a phone
 * (375×740, touch) with its CPU slowed `--cpu`× and a mobile network
 * (`--network 4g`: 20 Mbit/s down, 60 ms round trip; `slow4g`: Lighthouse's
 * 1.6 Mbit/s, 150 ms). Prints, per run, the time until every note is
 * painted (by the board's picture or the live canvas, whichever is first,
 * JOIN-9), the time until the live canvas has drawn the whole document
 * (editable), the socket's opening and the bytes received.
 *
 *   cd bench && npx tsx join-phone.ts [--notes 10000] [--runs 3] [--cpu 4] [--network 4g]
 *                                     [--tap touch|click] [--profile join.cpuprofile]
 *
 * `--profile` records the first run's (`JOIN_PROFILE_RUN=k`: run k's) main thread with the DevTools
 * profiler (open the file in Chrome's Performance panel) and prints where
 * the time went, by function and by script.
 *
 * `JOIN_DEBUG=1` also prints, per run, when the tap on "Tavla" returned, when
 * the picture was fetched, and the page's marks.
 *
 * Needs `pnpm run build` first (the server serves client/dist;
 * `BENCH_CLIENT_DIR=<dist>` serves another build's client).
 */
import { chromium, type Page } from 'playwright-core';
import { startProfile, type JoinProfile } from './lib/join-profile.js';
import { createBoard, signInToBoard } from './lib/render-fill.js';
import { killAllServers, startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

declare global {
  interface Window {
    __moteplassCanvas?: { itemCount: number; renderedCount: number };
    __moteplassPicture?: { notes: number };
  }
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const notes = Number(option('notes', '10000'));
const runs = Number(option('runs', '3'));
const cpu = Number(option('cpu', '4'));
const NETWORKS = {
  '4g': { latency: 60, downloadThroughput: (20e6 / 8) | 0, uploadThroughput: (5e6 / 8) | 0 },
  slow4g: { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 },
  none: null,
} as const;
const networkName = option('network', '4g') as keyof typeof NETWORKS;
const network = NETWORKS[networkName];
const profilePath = process.argv.includes('--profile')
  ? option('profile', 'join.cpuprofile')
  : null;

/**
 * `--tap touch` (the default): one touch at the tab's place as soon as it is
 * on the page, as a finger's — the page hears one input event. `--tap click`:
 * Playwright's `click`, whose actionability checks (the role query, scrolling,
 * two animation frames for "stable", a hit test) each make a round trip
 * through the page's main thread, so a page that is busy between the tab's
 * showing and the tap (applying the board's parts, JOIN-11) has its tap
 * measured later than a person's would come.
 */
const tapWith = option('tap', 'touch');
const BOARD_TAB = /^(Tavla|Board)$/;

async function tapBoardTab(page: Page): Promise<void> {
  if (tapWith === 'click') {
    await page.getByRole('tab', { name: BOARD_TAB }).click({ timeout: 60_000 });
    return;
  }
  const where = await page.waitForFunction(
    (source) => {
      const name = new RegExp(source);
      for (const tab of Array.from(document.querySelectorAll('[role="tab"]'))) {
        const box = tab.getBoundingClientRect();
        if (name.test(tab.textContent?.trim() ?? '') && box.width > 0)
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    },
    BOARD_TAB.source,
    { timeout: 60_000, polling: 20 },
  );
  const { x, y } = (await where.jsonValue()) as { x: number; y: number };
  await page.touchscreen.tap(x, y);
}

interface Run {
  /**
   * Navigation start → every note on screen, from whichever canvas: the
   * board's picture with every note (JOIN-9) or the live canvas with them all.
   */
  paintedMs: number;
  /** Navigation start → the live (Konva) canvas drawn with the whole document: editable. */
  liveMs: number;
  /** What was on screen first: `picture` or `live`. */
  paintedBy: 'picture' | 'live';
  socketOpenMs: number | null;
  firstPaintAfterOpenMs: number | null;
  transferKb: number;
}

async function main(): Promise<void> {
  process.on('exit', killAllServers);
  const server = await startServer('ours', { referenceAsInstalled: false });
  const base = `http://127.0.0.1:${server.port}`;
  const board = await createBoard(base, notes);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const results: Run[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      await context.addInitScript('window.__name = (f) => f;');
      if (process.env.JOIN_DEBUG)
        // The main thread's long tasks and the moment the tap arrived, for the timeline below.
        await context.addInitScript(`
          window.__joinDebug = { longTasks: [], tap: null };
          new PerformanceObserver((list) => { for (const e of list.getEntries())
            window.__joinDebug.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
            .observe({ type: 'longtask', buffered: true });
          addEventListener('click', (e) => { window.__joinDebug.tap ??= Math.round(e.timeStamp); }, true);
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[role="tab"]')) return;
            window.__joinDebug.tabShown = Math.round(performance.now());
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
        `);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await cdp.send('Network.enable');
      if (network)
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      let transfer = 0;
      cdp.on('Network.dataReceived', (event) => (transfer += event.encodedDataLength));
      cdp.on(
        'Network.webSocketFrameReceived',
        (event) => (transfer += event.response.payloadData.length * 0.75),
      );
      await signInToBoard(page, board);
      const profile: JoinProfile | null =
        profilePath && run === Number(process.env.JOIN_PROFILE_RUN ?? 0)
          ? await startProfile(cdp)
          : null;
      await page.goto(`${base}/w/${board.workshopId}/board`);
      // A phone opens on the "write" tab; the person taps "board" as soon as it shows.
      await tapBoardTab(page);
      const tappedAt = process.env.JOIN_DEBUG ? await page.evaluate(() => performance.now()) : 0;
      const livePainted = (n: number) =>
        (window.__moteplassCanvas?.itemCount ?? 0) >= n &&
        performance.getEntriesByName('moteplass:canvas-first-paint').length > 0;
      // Painted: every note on screen from either canvas. The page's main thread may be busy
      // from the picture's frame until the live canvas's (a poll cannot run there), so both
      // are timed by their marks, set the frame after the one that showed them.
      const paintedBy = await page.waitForFunction(
        (n) => {
          const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
          const live =
            (window.__moteplassCanvas?.itemCount ?? 0) >= n
              ? mark('moteplass:canvas-first-paint')
              : undefined;
          // How many notes the picture showed: in its mark's detail (the global is gone
          // once the live canvas has taken over). An older build's mark has no detail; its
          // picture, of the whole stored board, counts as showing every note, so an A/B
          // does not read it late.
          const pictureMark = performance.getEntriesByName('moteplass:picture-painted')[0] as
            PerformanceMark | undefined;
          const shown =
            (pictureMark?.detail as { notes?: number } | null)?.notes ??
            window.__moteplassPicture?.notes ??
            (pictureMark ? n : 0);
          const picture = shown >= n ? pictureMark?.startTime : undefined;
          if (picture !== undefined && (live === undefined || picture < live))
            return { by: 'picture', at: picture };
          return live === undefined ? null : { by: 'live', at: live };
        },
        notes,
        { timeout: 120_000, polling: 20 },
      );
      const painted = (await paintedBy.jsonValue()) as { by: 'picture' | 'live'; at: number };
      await page.waitForFunction(livePainted, notes, { timeout: 120_000, polling: 20 });
      const marks = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
        return {
          live: performance.now(),
          open: at('moteplass:board-socket-open'),
          paint: at('moteplass:canvas-first-paint'),
        };
      });
      if (process.env.JOIN_DEBUG)
        console.log(
          tappedAt,
          await page.evaluate(() => ({
            picture: performance
              .getEntriesByType('resource')
              .filter((e) => e.name.includes('picture'))
              .map((e) => [e.startTime, (e as PerformanceResourceTiming).responseEnd]),
            marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
            paints: performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
            scripts: performance
              .getEntriesByType('resource')
              .filter((e) => /\.js$/.test(e.name))
              .map((e) => [
                e.name.split('/').pop(),
                Math.round(e.startTime),
                Math.round((e as PerformanceResourceTiming).responseEnd),
              ]),
            ...(window as unknown as { __joinDebug?: object }).__joinDebug,
          })),
        );
      results.push({
        paintedMs: painted.at,
        liveMs: marks.live,
        paintedBy: painted.by,
        socketOpenMs: marks.open,
        firstPaintAfterOpenMs:
          marks.open !== null && marks.paint !== null ? marks.paint - marks.open : null,
        transferKb: transfer / 1024,
      });
      console.log(`  run ${run + 1}: ${JSON.stringify(results.at(-1))}`);
      if (profile && profilePath) await profile.stopAndReport(profilePath);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const ms = (values: (number | null)[]) =>
    `${median(values.filter((v): v is number => v !== null)).toFixed(0)} ms`;
  console.log(
    `\nJoin of a ${notes}-note board on a phone (CPU ${cpu}× slower, network ${networkName}), medians of ${runs}:\n` +
      `| link opened → every note painted (mark) | painted by | → live canvas with the document (polled) | → socket open | socket open → live canvas's first paint | bytes received |\n|---|---|---|---|---|---|\n` +
      `| ${ms(results.map((r) => r.paintedMs))} | ${results.map((r) => r.paintedBy).join(', ')} | ${ms(results.map((r) => r.liveMs))} | ${ms(results.map((r) => r.socketOpenMs))} | ${ms(results.map((r) => r.firstPaintAfterOpenMs))} | ${median(results.map((r) => r.transferKb)).toFixed(0)} KB |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
