import type { CreateWorkshopReply } from '@moteplass/shared';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, pathOf } from './flow/helpers';

/**
 * The shared screen on a projector (issue 15): one screenful at 1920×1080 and
 * 1280×720 — no page scroll, and what the room needs (the way in, the timer,
 * who has the floor, a closed vote's results) inside the viewport, each
 * behind its public `[data-screen=…]` hook (CONTRACT.md).
 */

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

async function act(
  request: APIRequestContext,
  workshopId: string,
  token: string,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await request.post(`/api/workshops/${workshopId}/actions`, {
    data: body,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status(), `${String(body.type)}: ${await response.text()}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function session(
  request: APIRequestContext,
  workshopId: string,
  body: Record<string, unknown>,
): Promise<{ token: string; participantId: string }> {
  const response = await request.post(`/api/workshops/${workshopId}/sessions`, { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()) as { token: string; participantId: string };
}

async function expectNoPageScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));
  expect(size.scrollHeight).toBeLessThanOrEqual(size.innerHeight);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
}

async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
}

for (const size of SIZES) {
  test(`the shared screen is one screenful at ${size.width}×${size.height}: the way in, the timer, the floor and a closed vote's results`, async ({
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      viewport: size,
    });
    const console = await context.newPage();
    const { request } = console;
    const created = await request.post('/api/workshops', {
      data: { title: 'Ensomhet blant eldre', language: 'nb' },
    });
    expect(created.status()).toBe(201);
    const workshop = (await created.json()) as CreateWorkshopReply;
    await console.goto(pathOf(workshop.facilitatorUrl));
    await expect(console).toHaveURL(/\/console$/);

    const screen = await context.newPage();
    await screen.goto(`/w/${workshop.id}/screen`);
    await expect(
      screen.getByRole('heading', { level: 1, name: 'Ensomhet blant eldre' }),
    ).toBeVisible();

    // The board of the phase, drawn (the canvas), and the way in.
    const board = screen.locator('[data-screen="board"]');
    await expect(board.locator('canvas').first()).toBeVisible();
    if ((await screen.locator('[data-board-canvas]').count()) > 0)
      await expect(board.locator('[data-board-canvas]')).toBeVisible();
    const join = screen.locator('[data-screen="join"]');
    await expectInViewport(screen, join);
    await expect(join.locator('.join-code')).toHaveAttribute('data-code', workshop.joinCode);
    await expectInViewport(screen, join.getByRole('img', { name: /QR/ }));
    // Nothing to fill in or choose on a projector.
    await expect(screen.locator('input, select, textarea')).toHaveCount(0);
    // No timer, nobody speaking, no results yet: their parts are absent.
    await expect(screen.locator('[data-screen="timer"]')).toHaveCount(0);
    await expect(screen.locator('[data-screen="speaker"]')).toHaveCount(0);
    await expect(screen.locator('[data-screen="results"]')).toHaveCount(0);
    await expectNoPageScroll(screen);
    await testInfo.attach(`shared screen at the start ${size.width}x${size.height}`, {
      body: await screen.screenshot(),
      contentType: 'image/png',
    });
    if (process.env.SCREENSHOT_DIR)
      await screen.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/screen-start-${size.width}.png`,
      });

    // Participants (by API: their devices are not what this spec is about).
    const { token: facilitator } = await session(request, workshop.id, {
      facilitatorKey: workshop.facilitatorKey,
    });
    const roles = ['innbygger', 'kommuneansatt', 'frivillig', 'politiker', 'innbygger', 'forsker'];
    const names = ['Kari', 'Ola', 'Aisha', 'Per', 'Sigrid', 'Nils'];
    const sessions = await Promise.all(
      roles.map((role, i) =>
        session(request, workshop.id, { joinCode: workshop.joinCode, role, name: names[i] }),
      ),
    );
    const people = sessions.map(({ token }) => token);

    // Silent writing, then the reveal as a moment on the screen.
    await act(request, workshop.id, facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'attributed',
    });
    const ideas = [
      'Seniortreff på biblioteket hver tirsdag',
      'Besøksvenn fra frivilligsentralen',
      'Gratis buss til dagsenteret',
      'Felles middag i borettslaget',
    ];
    for (const [i, text] of ideas.entries())
      await act(request, workshop.id, people[i % people.length]!, {
        type: 'saveDraft',
        text,
        phase: 'explore',
      });
    await act(request, workshop.id, facilitator, { type: 'revealDrafts' });
    await expect(board.getByText('4 lapper er avslørt')).toBeVisible();

    // The timer and the speakers' list.
    await act(request, workshop.id, facilitator, { type: 'startTimer', seconds: 300 });
    const timer = screen.locator('[data-screen="timer"]');
    await expectInViewport(screen, timer);
    await expect(timer.getByRole('timer')).toHaveText(/^(5:00|4:5\d)$/);
    for (const token of people) await act(request, workshop.id, token, { type: 'raiseHand' });
    const speaker = screen.locator('[data-screen="speaker"]');
    await expect(speaker).toContainText('Venter på ordet (6)');
    await act(request, workshop.id, facilitator, {
      type: 'grantTurn',
      participantId: sessions[0]!.participantId,
    });
    await expect(speaker).toContainText('Ordet har');
    await expect(speaker).toContainText('Kari');
    await expectInViewport(screen, speaker);

    // A dot vote, closed: the results, ranked, inside the viewport.
    await act(request, workshop.id, facilitator, {
      type: 'startVote',
      dotsPerParticipant: 3,
      phase: 'explore',
    });
    const exported = await request.get(`/api/workshops/${workshop.id}/export.json`, {
      headers: { authorization: `Bearer ${facilitator}` },
    });
    const items = ((await exported.json()) as { items: { id: string; item: { text?: string } }[] })
      .items;
    const idOf = (text: string) => items.find(({ item }) => item.text === text)!.id;
    const ballots: [number, string][] = [
      [0, ideas[1]!],
      [1, ideas[1]!],
      [2, ideas[1]!],
      [3, ideas[0]!],
      [4, ideas[0]!],
      [5, ideas[3]!],
    ];
    for (const [person, text] of ballots)
      await act(request, workshop.id, people[person]!, { type: 'castVote', itemId: idOf(text) });
    await expect(screen.locator('[data-screen="results"]')).toHaveCount(0);
    await act(request, workshop.id, facilitator, { type: 'closeVote' });
    const results = screen.locator('[data-screen="results"]');
    await expectInViewport(screen, results);
    const ranking = results.getByRole('listitem');
    await expect(ranking).toHaveCount(3);
    await expect(ranking.nth(0)).toContainText(ideas[1]!);
    await expect(ranking.nth(0)).toContainText('3 prikker');
    await expect(ranking.nth(1)).toContainText(ideas[0]!);
    await expect(ranking.nth(2)).toContainText('1 prikk');

    // Everything at once, still one screenful.
    await expectInViewport(screen, join);
    await expectInViewport(screen, timer);
    await expectInViewport(screen, speaker);
    await expectInViewport(screen, board);
    await expectNoPageScroll(screen);
    await expectNoAxeViolations(screen);
    if (process.env.SCREENSHOT_DIR)
      await screen.screenshot({ path: `${process.env.SCREENSHOT_DIR}/screen-${size.width}.png` });
    await testInfo.attach(`shared screen ${size.width}x${size.height}`, {
      body: await screen.screenshot(),
      contentType: 'image/png',
    });

    // The facilitator moves on: the results leave the screen.
    await act(request, workshop.id, facilitator, { type: 'setPhase', phase: 'design' });
    await expect(results).toHaveCount(0);
    await expect(screen.getByRole('heading', { name: 'Fase: Designe' })).toBeVisible();
    await expectNoPageScroll(screen);
    await context.close();
  });
}
