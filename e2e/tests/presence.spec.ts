import { expect, test, type Page } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs } from './flow/helpers';

declare global {
  interface Window {
    /** The canvas's test hook (client/src/canvas/CanvasBoard.tsx). */
    __moteplassCanvas?: {
      viewport: { x: number; y: number; scale: number };
      setViewport(v: { x: number; y: number; scale: number }): void;
    };
  }
}

/** Presence: who is here, with names or "Anonym deltaker" and roles, live on every board. */

async function openWhoIsHere(page: Page) {
  const panel = page.locator('details.who-is-here');
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open)))
    await panel.locator('summary').click();
  return panel;
}

test('two people see each other in who-is-here, and a third without a name as anonymous', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Hvem er her i kveld');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');

  const seenByKari = await openWhoIsHere(kari);
  await expect(seenByKari.locator('summary')).toContainText('2 personer på tavla');
  await expect(seenByKari.getByRole('listitem')).toHaveText([
    'Kari (deg) – Innbygger',
    /^Ola – Politiker/,
  ]);
  const seenByOla = await openWhoIsHere(ola);
  await expect(
    seenByOla.getByRole('listitem').filter({ hasText: 'Kari – Innbygger' }),
  ).toBeVisible();

  const nameless = await joinAs(browser, workshop, 'Frivillig');
  await expect(seenByKari.locator('summary')).toContainText('3 personer på tavla');
  await expect(
    seenByKari.getByRole('listitem').filter({ hasText: 'Anonym deltaker – Frivillig' }),
  ).toBeVisible();
  await expectNoAxeViolations(kari);

  // Leaving takes one off everybody's list.
  await nameless.context().close();
  await expect(seenByKari.locator('summary')).toContainText('2 personer på tavla');

  await closeAll(kari, ola, console);
});

test('following someone’s view shows a banner, and an own pan stops it', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Følg meg');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');

  // Ola's canvas tells where Ola looks: Kari may follow.
  const whoIsHere = await openWhoIsHere(kari);
  await whoIsHere.getByRole('button', { name: 'Følg Ola' }).click();
  const banner = kari.getByRole('status').filter({ hasText: 'Du følger Ola.' });
  await expect(banner).toBeVisible();

  // Ola moves; Kari's board goes along.
  await ola.evaluate(() =>
    window.__moteplassCanvas?.setViewport({ x: -321, y: -123, scale: 0.75 }),
  );
  await expect
    .poll(() => kari.evaluate(() => window.__moteplassCanvas?.viewport))
    .toEqual({ x: -321, y: -123, scale: 0.75 });
  await expectNoAxeViolations(kari);

  // Kari pans by herself: following ends.
  await kari.locator('.canvas-board').scrollIntoViewIfNeeded();
  const box = await kari.locator('.canvas-board').boundingBox();
  if (!box) throw new Error('no canvas on the board');
  await kari.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await kari.mouse.wheel(0, 200);
  await expect(banner).toHaveCount(0);
  await expect(kari.getByText('Du følger Ola.')).toHaveCount(0);

  await closeAll(kari, ola, console);
});

test('the banner’s stop button ends following', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Slutt å følge');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Forsker', 'Ola');
  const whoIsHere = await openWhoIsHere(kari);
  await whoIsHere.getByRole('button', { name: 'Følg Ola' }).click();
  await expect(kari.getByText('Du følger Ola.')).toBeVisible();
  await kari.getByRole('button', { name: 'Slutt å følge' }).click();
  await expect(kari.getByText('Du følger Ola.')).toHaveCount(0);
  await expect(whoIsHere.getByRole('button', { name: 'Følg Ola' })).toBeVisible();
  await closeAll(kari, ola, console);
});
