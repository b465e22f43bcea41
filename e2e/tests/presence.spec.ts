import { devices, expect, test, type Page } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs, pathOf } from './flow/helpers';

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
  // The same screen size: the same viewport (to a fraction of a pixel; the view travels as a
  // world rectangle, fitted to the follower's screen).
  await expect
    .poll(async () => {
      const v = await kari.evaluate(() => window.__moteplassCanvas?.viewport);
      return v && [Math.round(v.x), Math.round(v.y), Math.round(v.scale * 1000) / 1000];
    })
    .toEqual([-321, -123, 0.75]);
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

/** The part of the board a page's canvas shows: its centre and size, world units. */
async function visibleArea(page: Page) {
  return page.evaluate(() => {
    const surface = document.querySelector('.canvas-surface')!;
    const v = window.__moteplassCanvas!.viewport;
    const w = surface.clientWidth / v.scale;
    const h = surface.clientHeight / v.scale;
    return { cx: -v.x / v.scale + w / 2, cy: -v.y / v.scale + h / 2, w, h };
  });
}

test('a phone following a wide screen sees the same area: same centre, zoomed out to fit', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Følg fra mobilen');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');
  await ola.setViewportSize({ width: 1600, height: 1000 });
  const phone = await browser.newContext({
    ...devices['Pixel 7'],
    baseURL: test.info().project.use.baseURL,
  });
  const kari = await phone.newPage();
  await kari.goto(pathOf(workshop.participantUrl));
  await kari.getByLabel('Navn eller kallenavn (valgfritt)').fill('Kari');
  await kari.getByLabel('Rolle').selectOption({ label: 'Innbygger' });
  await kari.getByRole('button', { name: 'Bli med', exact: true }).tap();
  await kari.getByRole('tab', { name: 'Tavla' }).tap();
  await expect(kari.getByRole('application', { name: 'Tavle' })).toBeVisible();

  await (await openWhoIsHere(kari)).getByRole('button', { name: 'Følg Ola' }).click();
  await expect(kari.getByText('Du følger Ola.')).toBeVisible();
  await ola.evaluate(() => window.__moteplassCanvas?.setViewport({ x: -400, y: -250, scale: 1.2 }));
  const olaSees = await visibleArea(ola);
  // Kari's phone shows the middle of Ola's view, and all of it.
  await expect
    .poll(async () => {
      const kariSees = await visibleArea(kari);
      return (
        Math.abs(kariSees.cx - olaSees.cx) < 1 &&
        Math.abs(kariSees.cy - olaSees.cy) < 1 &&
        kariSees.w >= olaSees.w - 1 &&
        kariSees.h >= olaSees.h - 1
      );
    })
    .toBe(true);
  // … and no more than needed: the narrow side is the one that fits exactly.
  const kariSees = await visibleArea(kari);
  expect(kariSees.w).toBeCloseTo(olaSees.w, 0);
  await expect(kari.getByText('Du følger Ola.')).toBeVisible();

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
