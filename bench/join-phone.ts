/// <reference lib="dom" />
/**
 * Joining a big board on a phone (issue 21): from opening the link to a
 * painted board of `--notes` notes, in headless Chromium emulating a phone
 * (375×740, touch) with its CPU slowed `--cpu`× and a mobile network
 * (`--network 4g`: 20 Mbit/s down, 60 ms round trip; `slow4g`: Lighthouse's
 * 1.6 Mbit/s, 150 ms). Prints, per run, the time to the canvas's first paint
 * with every note, and where it went: the page and scripts, the socket, the
 * board's bytes, the decode, the paint.
 *
 *   cd bench && npx tsx join-phone.ts [--notes 10000] [--runs 3] [--cpu 4] [--network 4g]
 *                                     [--profile join.cpuprofile]
 *
 * `--profile` records the first run's main thread with the DevTools
 * profiler (open the file in Chrome's Performance panel) and prints where
 * the time went, by function and by script.
 *
 * Needs `pnpm run build` first (the server serves client/dist).
 */
import { chromium } from 'playwright-core';
import { startProfile, type JoinProfile } from './lib/join-profile.js';
import { createBoard, signInToBoard } from './lib/render-fill.js';
import { killAllServers, startServer } from './lib/servers.js';
import { median } from './lib/stats.js';

declare global {
  interface Window {
    __moteplassCanvas?: { itemCount: number; renderedCount: number };
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

interface Run {
  /** Navigation start → canvas painted with every note. */
  paintedMs: number;
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
      const profile: JoinProfile | null = profilePath && run === 0 ? await startProfile(cdp) : null;
      await page.goto(`${base}/w/${board.workshopId}/board`);
      // A phone opens on the "write" tab; the person taps "board" as soon as it shows.
      await page.getByRole('tab', { name: /^(Tavla|Board)$/ }).click({ timeout: 60_000 });
      await page.waitForFunction(
        (n) =>
          (window.__moteplassCanvas?.itemCount ?? 0) >= n &&
          performance.getEntriesByName('moteplass:canvas-first-paint').length > 0,
        notes,
        { timeout: 120_000, polling: 20 },
      );
      const marks = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
        return {
          painted: performance.now(),
          open: at('moteplass:board-socket-open'),
          paint: at('moteplass:canvas-first-paint'),
        };
      });
      results.push({
        paintedMs: marks.painted,
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
      `| link opened → board painted (upper bound, polled) | → socket open | socket open → canvas first paint | bytes received |\n|---|---|---|---|\n` +
      `| ${ms(results.map((r) => r.paintedMs))} | ${ms(results.map((r) => r.socketOpenMs))} | ${ms(results.map((r) => r.firstPaintAfterOpenMs))} | ${median(results.map((r) => r.transferKb)).toFixed(0)} KB |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  killAllServers();
  process.exit(1);
});
