import { expect, test, type Page } from '@playwright/test';
import { closeAll, facilitate, joinAs } from './flow/helpers';

/**
 * Live cursors travel in the board room's awareness, and stop travelling when
 * the facilitator hides everyone's cursors (the console's switch).
 */

declare global {
  interface Window {
    /** The canvas's test hook (client/src/canvas/CanvasBoard.tsx). */
    __moteplassCanvas?: {
      viewport: { x: number; y: number; scale: number };
      setViewport(v: { x: number; y: number; scale: number }): void;
    };
  }
}

function receivedFrames(page: Page): Buffer[] {
  const frames: Buffer[] = [];
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) =>
      frames.push(typeof payload === 'string' ? Buffer.from(payload) : payload),
    ),
  );
  return frames;
}

/** Cursor positions (world points) carried by awareness frames since `from`. */
const cursorsIn = (frames: Buffer[], from = 0) =>
  frames.slice(from).filter((frame) => /"cursor":\{"x":/.test(frame.toString('latin1'))).length;

async function moveOverCanvas(page: Page, steps: number): Promise<void> {
  const canvas = page.locator('.canvas-board');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas on the board');
  for (let i = 0; i < steps; i += 1)
    await page.mouse.move(box.x + box.width / 2 + i * 7, box.y + box.height / 2 + (i % 5) * 9);
}

test('a cursor on one board reaches the others, and not while cursors are hidden', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Pekere på tavla');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Forsker', 'Ola');
  const frames = receivedFrames(ola);
  await ola.reload();
  await expect(ola.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();

  await moveOverCanvas(kari, 20);
  await expect.poll(() => cursorsIn(frames)).toBeGreaterThan(0);

  await console.getByRole('button', { name: 'Skjul alles pekere' }).click();
  await expect(console.getByText('Pekerne er skjult for alle.')).toBeVisible();
  // Kari's board has heard the switch when its own cursor is withdrawn ("cursor":null).
  await expect
    .poll(() => frames.some((frame) => frame.toString('latin1').includes('"cursor":null')))
    .toBe(true);
  const before = frames.length;
  await moveOverCanvas(kari, 20);
  // Presence still flows: a view change sent after the moves arrives after
  // anything the moves would have sent (one socket, in order) …
  // (The view goes out as the world rectangle it shows: left edge 800 / 0.8 = 1000.)
  await kari.evaluate(() => window.__moteplassCanvas?.setViewport({ x: -800, y: -56, scale: 0.8 }));
  await expect
    .poll(() =>
      frames.slice(before).some((f) => f.toString('latin1').includes('"view":{"x":1000,')),
    )
    .toBe(true);
  // … and no position came with it.
  expect(cursorsIn(frames, before)).toBe(0);

  await closeAll(kari, ola, console);
});
