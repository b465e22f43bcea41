import type { CreateWorkshopReply } from '@moteplass/shared';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';

/**
 * Text at every zoom (issue 15, LOD-1…3 in docs/invariants.md): a board whose
 * notes have text and the same board with empty notes must not look the same
 * at 100 %, zoomed out to 25 % (fitted headlines) and to 10 % (large notes
 * still show a headline). The canvas is pixels, so the check compares
 * screenshots of `[data-board-canvas]`, pixel by pixel.
 */

const TEXTS = [
  'Bussen går for sjelden om kvelden',
  'Trygg skolevei langs Storgata',
  'Flere benker i parken',
  'Ungdommene mangler et sted å være etter skoletid',
  'Eldre føler seg ensomme',
  'Mørkt og utrygt ved stasjonen',
  'For lite informasjon fra kommunen',
  'Biblioteket stenger for tidlig',
];

interface CanvasWindow {
  __moteplassCanvas?: {
    setViewport(v: { x: number; y: number; scale: number }): void;
    itemCount: number;
  };
}

/**
 * A workshop with the phase frames and notes in the explore frame: a row of
 * 200-unit notes and a row of 400-unit ones (a note 40 px across at 10 %).
 * Built through the public API: the new workshop's export, with the notes
 * added, imported as a new workshop.
 */
async function boardWithNotes(
  request: APIRequestContext,
  withText: boolean,
): Promise<{ id: string; token: string; participantId: string }> {
  const created = await request.post('/api/workshops', {
    data: { title: 'Trygg og levende bydel', language: 'nb' },
  });
  expect(created.status()).toBe(201);
  const workshop = (await created.json()) as CreateWorkshopReply;
  const session = await request.post(`/api/workshops/${workshop.id}/sessions`, {
    data: { facilitatorKey: workshop.facilitatorKey },
  });
  const { token } = (await session.json()) as { token: string };
  const exported = await request.get(`/api/workshops/${workshop.id}/export.json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(exported.status()).toBe(200);
  const file = (await exported.json()) as { items: unknown[] };
  TEXTS.forEach((text, i) => {
    const large = i >= 5;
    const size = large ? 400 : 200;
    file.items.push({
      id: `note-${i}`,
      votes: 0,
      item: {
        type: 'note',
        x: 40 + (large ? (i - 5) * 424 : i * 224),
        y: 300 + (large ? 224 : 0),
        w: size,
        h: size,
        phase: 'explore',
        text: withText ? text : '',
        color: 'yellow',
        createdAt: 1_700_000_000_000 + i,
      },
    });
  });
  const imported = await request.post('/api/workshops/import', { data: file });
  expect(imported.status()).toBe(201);
  const copy = (await imported.json()) as CreateWorkshopReply;
  const facilitator = await request.post(`/api/workshops/${copy.id}/sessions`, {
    data: { facilitatorKey: copy.facilitatorKey },
  });
  const reply = (await facilitator.json()) as { token: string; participantId: string };
  return { id: copy.id, ...reply };
}

/** The board page of that workshop, signed in as its facilitator, at 1280×800. */
async function openBoard(
  browser: Browser,
  board: { id: string; token: string; participantId: string },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 1280, height: 800 },
  });
  const session = {
    token: board.token,
    participantId: board.participantId,
    facilitator: true,
    name: null,
    role: null,
    joinCode: null,
  };
  await context.addInitScript(
    ([id, value]) =>
      localStorage.setItem(
        'moteplass.sessions',
        JSON.stringify({ state: { sessions: { [id]: value } }, version: 1 }),
      ),
    [board.id, session] as const,
  );
  const page = await context.newPage();
  await page.goto(`/w/${board.id}/board`);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.itemCount ?? 0),
    )
    .toBeGreaterThanOrEqual(TEXTS.length + 4);
  await page.locator('[data-board-canvas]').scrollIntoViewIfNeeded();
  return page;
}

/** The view at `scale`, with world point (cx, cy) in the middle of the canvas. */
async function look(page: Page, scale: number, cx: number, cy: number): Promise<Buffer> {
  const canvas = page.locator('[data-board-canvas]');
  const box = (await canvas.boundingBox())!;
  await page.evaluate(
    ([s, x, y]) =>
      (window as unknown as CanvasWindow).__moteplassCanvas!.setViewport({ scale: s, x, y }),
    [scale, box.width / 2 - cx * scale, box.height / 2 - cy * scale] as const,
  );
  await expect(canvas).toHaveAttribute('data-zoom', String(scale));
  // Two frames: the draw is queued for the next animation frame.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return canvas.screenshot();
}

/** How many pixels differ between two screenshots of the same size (decoded in the page). */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const decode = async (base64: string) => {
        // An <img>, not fetch(): the page's CSP allows data: images but no data: connections.
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(first), decode(second)]);
      if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          x.data[i] !== y.data[i] ||
          x.data[i + 1] !== y.data[i + 1] ||
          x.data[i + 2] !== y.data[i + 2]
        )
          count += 1;
      }
      return count;
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

test('LOD-1: note text is drawn at 100 %, as headlines at 25 % and on large notes at 10 %', async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const written = await openBoard(browser, await boardWithNotes(request, true));
  const blank = await openBoard(browser, await boardWithNotes(request, false));

  // The same empty board twice looks the same: what differs below is the text.
  const still = await look(blank, 1, 500, 500);
  expect(await differingPixels(blank, still, await look(blank, 1, 500, 500))).toBe(0);

  for (const [scale, cx, cy, atLeast] of [
    [1, 500, 500, 2_000],
    [0.25, 800, 600, 300],
    [0.1, 800, 600, 40],
  ] as const) {
    const withText = await look(written, scale, cx, cy);
    const without = await look(blank, scale, cx, cy);
    await test.info().attach(`board with text at ${scale * 100} %`, {
      body: withText,
      contentType: 'image/png',
    });
    expect(await differingPixels(written, withText, without)).toBeGreaterThan(atLeast);
  }

  // Zooming with the keyboard keeps the hook up to date.
  const canvas = written.locator('[data-board-canvas]');
  await written.locator('.canvas-surface').focus();
  await written.keyboard.press('+');
  await expect(canvas).toHaveAttribute('data-zoom', '0.125');
  await written.context().close();
  await blank.context().close();
});
