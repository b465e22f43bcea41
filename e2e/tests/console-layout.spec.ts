import type { CreateWorkshopReply } from '@moteplass/shared';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, pathOf } from './flow/helpers';

/**
 * The console as a control desk (issue 15): at 1280×800 and 1920×1080 the
 * facilitator reaches every section without scrolling the page, no card's
 * content spills over its edge (the equality panel did), and the shared
 * screen's settings live here, not on the projector.
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function post(
  request: APIRequestContext,
  url: string,
  data: Record<string, unknown>,
  token?: string,
): Promise<Record<string, unknown>> {
  const response = await request.post(url, {
    data,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  expect(response.ok(), `${url} ${JSON.stringify(data)}: ${await response.text()}`).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

/** Elements whose content is wider than the card they sit in. */
async function overflowingCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.console .panel'))
      .filter((panel) => panel.scrollWidth > panel.clientWidth + 1)
      .map((panel) => panel.querySelector('h2')?.textContent ?? panel.className),
  );
}

for (const size of SIZES) {
  test(`the console is a control desk at ${size.width}×${size.height}: no page scroll, nothing spills out of its card`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: size,
    });
    const console = await context.newPage();
    const workshop = (await post(console.request, '/api/workshops', {
      title: 'Trygg skolevei',
      language: 'nb',
    })) as unknown as CreateWorkshopReply;
    await console.goto(pathOf(workshop.facilitatorUrl));
    await expect(console).toHaveURL(/\/console$/);

    // People of several roles with airtime and notes, so the equality panel has its widest table.
    const base = `/api/workshops/${workshop.id}`;
    const roles = ['innbygger', 'kommuneansatt', 'politiker', 'frivillig', 'naringsliv', 'forsker'];
    const facilitator = (await post(console.request, `${base}/sessions`, {
      facilitatorKey: workshop.facilitatorKey,
    })) as { token: string };
    let speaker = '';
    for (const role of roles) {
      const person = (await post(console.request, `${base}/sessions`, {
        joinCode: workshop.joinCode,
        role,
        name: `Navn ${role}`,
      })) as { token: string; participantId: string };
      await post(console.request, `${base}/actions`, { type: 'raiseHand' }, person.token);
      speaker ||= person.participantId;
    }
    // Two of them on their boards (presence by role is counted from open boards), one speaking.
    const boards: Page[] = [];
    for (const role of ['Innbygger', 'Kommuneansatt']) {
      const device = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
      const board = await device.newPage();
      await board.goto(pathOf(workshop.participantUrl));
      await board.getByLabel('Rolle').selectOption({ label: role });
      await board.getByRole('button', { name: 'Bli med', exact: true }).click();
      await expect(board).toHaveURL(/\/board$/);
      boards.push(board);
    }
    await post(
      console.request,
      `${base}/actions`,
      { type: 'grantTurn', participantId: speaker },
      facilitator.token,
    );
    await expect(console.getByRole('table', { name: 'Tallene bak diagrammet' })).toBeVisible();

    await expect(console.getByRole('heading', { name: 'Likeverd i rommet' })).toBeVisible();
    await expect(console.getByRole('heading', { name: 'Storskjermen' })).toBeVisible();
    const scroll = await console.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    expect(scroll.height).toBeLessThanOrEqual(size.height);
    expect(scroll.width).toBeLessThanOrEqual(size.width);
    expect(await overflowingCards(console)).toEqual([]);
    await expectNoAxeViolations(console);
    if (process.env.SCREENSHOT_DIR)
      await console.screenshot({ path: `${process.env.SCREENSHOT_DIR}/console-${size.width}.png` });
    await testInfo.attach(`console ${size.width}x${size.height}`, {
      body: await console.screenshot(),
      contentType: 'image/png',
    });
    // The equality panel, scrolled into its column: the card that used to overflow.
    const panel = console.locator('.equality-panel');
    await panel.scrollIntoViewIfNeeded();
    await testInfo.attach(`equality panel ${size.width}x${size.height}`, {
      body: await panel.screenshot(),
      contentType: 'image/png',
    });
    if (process.env.SCREENSHOT_DIR)
      await panel.screenshot({ path: `${process.env.SCREENSHOT_DIR}/equality-${size.width}.png` });
    for (const board of boards) await board.context().close();
    await context.close();
  });
}

test('the desk follows the window: smaller, then larger again, it fills the window each time', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1920, height: 1080 },
  });
  const console = await context.newPage();
  const workshop = (await post(console.request, '/api/workshops', {
    title: 'Trygg skolevei',
    language: 'nb',
  })) as unknown as CreateWorkshopReply;
  await console.goto(pathOf(workshop.facilitatorUrl));
  await expect(console).toHaveURL(/\/console$/);
  const deskBottom = () =>
    console.locator('.console-desk').evaluate((desk) => desk.getBoundingClientRect().bottom);
  // A window dragged to a laptop's screen and back to the big one (the desk once kept the
  // small height, with the lower half of the big window empty).
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await console.setViewportSize(size);
    await expect.poll(deskBottom).toBeGreaterThan(size.height - 40);
    await expect.poll(deskBottom).toBeLessThanOrEqual(size.height);
  }
  await context.close();
});
