import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { addNote, closeAll, expectNoAxeViolations, facilitate, joinOn } from './flow/helpers';

/**
 * The phone as a first-class seat (issue 15): at 375×740, with touch, a
 * participant sees without scrolling a box to write a note, the hand, and
 * while a vote is open the notes to vote on with their dot buttons and the
 * dots left. The board is one tap away, fitted. PAGE-5 in docs/invariants.md.
 */

const PHONE = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

/** Wholly inside the first screenful (no scrolling needed to see it). */
async function expectInFirstViewport(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

async function expectNoPageScroll(page: Page): Promise<void> {
  const scroll = await page.evaluate(() => ({
    height: document.scrollingElement!.scrollHeight,
    inner: window.innerHeight,
  }));
  expect(scroll.height).toBeLessThanOrEqual(scroll.inner);
}

async function attachScreenshot(page: Page, name: string): Promise<void> {
  await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

test('PAGE-5: on a phone the composer, the hand and the vote fit the first screen', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { workshop, console } = await facilitate(browser, 'Mobilen som sete');
  const page = await joinOn(await phonePage(browser), workshop, 'Innbygger', 'Kari');
  await expectNoPageScroll(page);
  await expectInFirstViewport(page, page.getByLabel('Tekst på lappen'));
  await expectInFirstViewport(page, page.getByRole('button', { name: 'Rekk opp hånda' }));
  await expectNoAxeViolations(page);
  await attachScreenshot(page, 'phone-write');

  // Writing from the phone lands in the phase, and the hand works with a tap.
  await addNote(page, 'Bussen går for sjelden');
  await addNote(page, 'Mørke gater om kvelden');
  await page.getByRole('button', { name: 'Rekk opp hånda' }).tap();
  await expectInFirstViewport(page, page.getByRole('button', { name: 'Ta ned hånda' }));

  // A vote: the ballot with its dot buttons and the dots left, still without scrolling.
  await console.getByLabel('Prikker per deltaker').fill('3');
  await console.getByRole('button', { name: 'Start avstemningen' }).click();
  await expect(page.getByRole('tab', { name: 'Skriv · Stem' })).toBeVisible();
  const dots = page.getByText('Du har 3 av 3 prikker igjen.');
  await expectInFirstViewport(page, dots);
  const dot = page.getByRole('button', { name: 'Gi en prikk til «Bussen går for sjelden»' });
  await expectInFirstViewport(page, dot);
  await expectInFirstViewport(page, page.getByLabel('Tekst på lappen'));
  await dot.tap();
  await expect(page.getByText('Du har 2 av 3 prikker igjen.')).toBeVisible();
  await expectNoPageScroll(page);
  await expectNoAxeViolations(page);
  await attachScreenshot(page, 'phone-vote');
  await closeAll(page, console);
});

test('PAGE-5: on a phone the board is one tap away, fitted, with a phone-sized palette', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Tavla i lomma');
  const page = await joinOn(await phonePage(browser), workshop, 'Frivillig');
  await addNote(page, 'Benker i skyggen');

  await page.getByRole('tab', { name: 'Tavla' }).tap();
  await expect(page.getByRole('tab', { name: 'Tavla' })).toHaveAttribute('aria-selected', 'true');
  const canvas = page.locator('.canvas-surface');
  await expect(canvas).toBeVisible();
  await expectNoPageScroll(page);
  const box = (await canvas.boundingBox())!;
  expect((box.width * box.height) / (375 * 740)).toBeGreaterThanOrEqual(0.6);
  // Fitted to the phase's frame: all of it in view (a phone shows the phase whole).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __moteplassCanvas?: { viewport: { scale: number } };
            }
          ).__moteplassCanvas?.viewport.scale ?? 1,
      ),
    )
    .toBeLessThan(0.3);
  const tools = page.getByRole('toolbar', { name: 'Verktøy for tavla' });
  await expect(tools.getByRole('radio')).toHaveCount(3);
  await expect(tools.getByRole('radio', { name: 'Ny lapp' })).toBeVisible();
  await expectNoAxeViolations(page);
  await attachScreenshot(page, 'phone-board');

  // The list is a tab too, with the note in it.
  await page.getByRole('tab', { name: 'Liste' }).tap();
  await expect(page.getByRole('listitem').filter({ hasText: 'Benker i skyggen' })).toBeVisible();
  await expectNoPageScroll(page);
  await expectNoAxeViolations(page);
  await attachScreenshot(page, 'phone-list');
  await closeAll(page, console);
});
