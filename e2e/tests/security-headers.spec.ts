import { expect, test, type BrowserContext } from '@playwright/test';
import { addNote, closeAll, facilitate, joinAs, newPage } from './flow/helpers';

/**
 * HTTP-1 in a real browser: the strict Content-Security-Policy the server
 * sends breaks nothing the built client does — the start and join pages, the
 * console, the participant's board (canvas, sockets, service worker) and the
 * shared screen (QR code, opened from the console) — and the browser
 * reports no violation on any.
 */

/** Every CSP violation the context's pages report, from the DOM event and from the console. */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test('HTTP-1: no page of the built client trips the Content-Security-Policy', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const visitor = await newPage(browser);
  const visitorViolations = await watchViolations(visitor.context());
  const start = await visitor.goto('/');
  expect(start?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(start?.headers()['referrer-policy']).toBe('no-referrer');
  await visitor.goto('/join');
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();

  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const consoleViolations = await watchViolations(console.context());
  await console.reload();
  await expect(console.getByRole('heading', { level: 1, name: 'Trygg skolevei' })).toBeVisible();

  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  await expect(screen.getByRole('img', { name: /QR/ })).toBeVisible();

  const participant = await joinAs(browser, workshop, 'Innbygger');
  const participantViolations = await watchViolations(participant.context());
  await participant.reload();
  await expect(participant.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();
  await addNote(participant, 'Gangfelt ved skolen');
  // The shared screen draws the board on its canvas (loaded as a chunk of its own under the CSP).
  await expect(screen.locator('[data-screen="board"] [data-board-canvas]')).toBeVisible();
  await expect(participant.locator('.canvas-surface').first()).toBeVisible();

  expect(visitorViolations).toEqual([]);
  expect(consoleViolations).toEqual([]);
  expect(participantViolations).toEqual([]);
  await closeAll(visitor, console, participant);
});
