import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinOn, setPhase } from './flow/helpers';

/**
 * The board page on a laptop and a big screen (issue 15): the canvas is the
 * page. No page scroll, the canvas covers most of the window, tools float
 * over it, side panels are drawers that remember their state, a new board
 * opens on its phase at a readable zoom, and the zoom is one click and one
 * key away. PAGE-1 … PAGE-4 and PAGE-6 in docs/invariants.md.
 */

interface CanvasWindow {
  __moteplassCanvas?: {
    viewport: { x: number; y: number; scale: number };
    items(): { id: string; type: string; text?: string; phase: string }[];
  };
}

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function boardPage(browser: Browser, size: { width: number; height: number }) {
  const context = await browser.newContext({
    viewport: size,
    baseURL: test.info().project.use.baseURL,
  });
  return context.newPage();
}

const scale = (page: Page) =>
  page.evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.viewport.scale ?? 0);

async function attachScreenshot(page: Page, name: string): Promise<void> {
  await test.info().attach(name, { body: await page.screenshot(), contentType: 'image/png' });
}

for (const size of SIZES) {
  test(`PAGE-1: at ${size.width}×${size.height} the canvas is the page`, async ({ browser }) => {
    const { workshop, console } = await facilitate(browser, `Lerretet ${size.width}`);
    const page = await joinOn(await boardPage(browser, size), workshop, 'Innbygger', 'Kari');
    const canvas = page.locator('.canvas-surface');
    await expect(canvas).toBeVisible();
    // A new board opens on the phase's frame, readable (not the whole board at 27 %).
    await expect.poll(() => scale(page)).toBeGreaterThanOrEqual(0.5);

    // The page itself never scrolls …
    const scroll = await page.evaluate(() => ({
      height: document.scrollingElement!.scrollHeight,
      inner: window.innerHeight,
    }));
    expect(scroll.height).toBeLessThanOrEqual(scroll.inner);
    // … and the canvas covers most of the window.
    const box = (await canvas.boundingBox())!;
    expect((box.width * box.height) / (size.width * size.height)).toBeGreaterThanOrEqual(0.7);

    // Tools float over it, each with a name and its key in the tooltip.
    const tools = page.getByRole('toolbar', { name: 'Verktøy for tavla' });
    await expect(tools.getByRole('radio', { name: 'Ny lapp' })).toHaveAttribute(
      'data-tip',
      'Ny lapp (N)',
    );
    await expect(page.getByRole('button', { name: 'Delta', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByLabel('Tekst på lappen')).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, `board-${size.width}x${size.height}`);
    await closeAll(page, console);
  });
}

test('PAGE-2: zoom is one click and one key away', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Zoom i salen');
  const page = await joinOn(await boardPage(browser, SIZES[0]!), workshop, 'Frivillig');
  await expect.poll(() => scale(page)).toBeGreaterThanOrEqual(0.5);
  const phaseScale = await scale(page);
  const zoom = page.getByRole('group', { name: 'Zoom' });

  await zoom.getByRole('button', { name: 'Zoom inn' }).click();
  await expect.poll(() => scale(page)).toBeGreaterThan(phaseScale);
  await zoom.getByRole('button', { name: /Zoom til 100 %/ }).click();
  await expect.poll(() => scale(page)).toBeCloseTo(1, 5);
  await expect(zoom.getByRole('button', { name: /Zoom: 100 %/ })).toBeVisible();
  await zoom.getByRole('button', { name: 'Vis alt' }).click();
  await expect.poll(() => scale(page)).toBeLessThan(phaseScale);

  // The same from the keyboard, on the canvas: Shift+2 the phase, Ctrl+0 100 %, Shift+1 everything.
  await page.locator('.canvas-surface').focus();
  await page.keyboard.press('Shift+Digit2');
  await expect.poll(() => scale(page)).toBeCloseTo(phaseScale, 5);
  await page.keyboard.press('Control+0');
  await expect.poll(() => scale(page)).toBeCloseTo(1, 5);
  await page.keyboard.press('Shift+Digit1');
  await expect.poll(() => scale(page)).toBeLessThan(phaseScale);
  await closeAll(page, console);
});

test('PAGE-3: drawers open and close by keyboard and are remembered on the device', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Skuffer og lister');
  const page = await joinOn(await boardPage(browser, SIZES[0]!), workshop, 'Politiker');
  const listToggle = page.getByRole('button', { name: 'Liste', exact: true });
  await expect(listToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { name: /Lapper i fasen Utforske/ })).toBeHidden();

  await listToggle.focus();
  await page.keyboard.press('Enter');
  await expect(listToggle).toHaveAttribute('aria-expanded', 'true');
  const drawer = page.getByRole('complementary', { name: 'Tavla som liste' });
  await expect(drawer.getByRole('heading', { name: 'Tavla som liste' })).toBeFocused();
  await expect(drawer.getByRole('heading', { name: /Lapper i fasen Utforske/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await attachScreenshot(page, 'board-drawers-open');

  // Escape closes it and gives focus back to its toggle.
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(listToggle).toBeFocused();

  // Remembered per device: closed "Delta" stays closed after a reload.
  await page.getByRole('button', { name: 'Lukk panelet Delta: skriv, be om ordet, stem' }).click();
  await expect(page.getByLabel('Tekst på lappen')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Delta', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.getByLabel('Tekst på lappen')).toBeHidden();
  await closeAll(page, console);
});

test('PAGE-4: notes land in the phase one looks at; off the facilitator, a banner goes back', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Faser og følging');
  const page = await joinOn(await boardPage(browser, SIZES[0]!), workshop, 'Innbygger');
  const phases = page.getByRole('navigation', { name: 'Faser' });
  const banner = page.locator('[data-follow-banner]');
  await expect(banner).toHaveCount(0);

  // Looking at another phase stops following, and says where the facilitator is.
  await phases.getByRole('button', { name: /Designe/ }).click();
  await expect(banner).toBeVisible();
  await expect(page.getByRole('status').filter({ has: banner })).toContainText(
    'Fasilitatoren er i fasen Utforske. Du ser på Designe.',
  );
  await page.getByLabel('Tekst på lappen').fill('En idé til designfasen');
  await page.getByRole('button', { name: 'Ny lapp', exact: true }).click();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as CanvasWindow)
            .__moteplassCanvas!.items()
            .find((item) => item.text === 'En idé til designfasen')?.phase,
      ),
    )
    .toBe('design');
  await expectNoAxeViolations(page);
  await attachScreenshot(page, 'board-follow-banner');

  // The facilitator moves on; "go there" follows again.
  await setPhase(console, 'Prøve ut');
  await expect(banner).toContainText('Fasilitatoren er i fasen Prøve ut');
  await banner.getByRole('button', { name: 'Gå dit' }).click();
  await expect(banner).toHaveCount(0);
  await expect(phases.getByRole('button', { name: /Prøve ut/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await closeAll(page, console);
});

test('PAGE-6: during silent writing a canvas note becomes the writer’s draft, seen by nobody else', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Stille på lerretet');
  const kari = await joinOn(await boardPage(browser, SIZES[0]!), workshop, 'Innbygger', 'Kari');
  const ola = await joinOn(await boardPage(browser, SIZES[0]!), workshop, 'Politiker', 'Ola');
  await console.getByRole('button', { name: 'Start stille skriving' }).click();
  await expect(kari.getByRole('heading', { name: 'Stille skriving' })).toBeVisible();

  // Kari places a note with the canvas tool, in the phase's frame.
  await kari.getByRole('radio', { name: 'Ny lapp' }).click();
  const canvas = kari.locator('.canvas-surface');
  const box = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: box.width * 0.6, y: box.height * 0.45 } });
  const editor = kari.getByRole('textbox', { name: 'Utkast – bare du ser det' });
  await expect(editor).toBeFocused();
  const secret = 'Et stille forslag fra lerretet';
  await editor.fill(secret);
  await editor.press('Escape');

  // It is her draft …
  await expect(kari.getByLabel('Utkast 1')).toHaveValue(secret);
  // … and on nobody's board, hers included, until the reveal.
  const onBoard = (page: typeof kari) =>
    page.evaluate(
      (text) =>
        (window as unknown as CanvasWindow)
          .__moteplassCanvas!.items()
          .some((item) => item.text === text),
      secret,
    );
  expect(await onBoard(kari)).toBe(false);
  expect(await onBoard(ola)).toBe(false);
  await expect(ola.getByText(secret)).toHaveCount(0);
  await expect(console.getByText(secret)).toHaveCount(0);
  await attachScreenshot(kari, 'board-silent-draft');

  // The reveal puts it on everybody's board.
  await console.getByRole('button', { name: 'Vis alle lappene' }).click();
  await expect.poll(() => onBoard(ola)).toBe(true);
  await closeAll(kari, ola, console);
});
