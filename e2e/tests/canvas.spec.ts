import { devices, expect, test, type Page } from '@playwright/test';
import { closeAll, closeDrawers, facilitate, joinAs, pathOf } from './flow/helpers';

/**
 * The board canvas with two people: what one does with the tools, the mouse
 * and the keyboard, the other sees; undo takes back only one's own change.
 * The canvas is pixels, so the checks read the items it holds through
 * `window.__moteplassCanvas` (the same data it draws).
 */

/** What the canvas exposes for tests (client/src/canvas/CanvasBoard.tsx). */
interface CanvasWindow {
  __moteplassCanvas?: {
    viewport: { x: number; y: number; scale: number };
    setViewport(v: { x: number; y: number; scale: number }): void;
    itemCount: number;
    items(): CanvasItem[];
  };
}

interface CanvasItem {
  id: string;
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  text?: string;
  from?: string;
  to?: string;
}

function items(page: Page): Promise<CanvasItem[]> {
  return page
    .evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.items())
    .then((list) => list ?? []);
}

async function itemWith(
  page: Page,
  predicate: (item: CanvasItem) => boolean,
): Promise<CanvasItem | undefined> {
  return (await items(page)).find(predicate);
}

/** Where a world point is on the page, in CSS pixels. */
async function onScreen(page: Page, world: { x: number; y: number }) {
  const box = (await page.locator('.canvas-surface').boundingBox())!;
  const v = await page.evaluate(
    () => (window as unknown as CanvasWindow).__moteplassCanvas!.viewport,
  );
  return { x: box.x + world.x * v.scale + v.x, y: box.y + world.y * v.scale + v.y };
}

async function centreOf(page: Page, item: CanvasItem) {
  return onScreen(page, { x: item.x + item.w / 2, y: item.y + item.h / 2 });
}

/** Put a view at 100 % over the top left of the explore frame, the same on both sides. */
async function showTopLeft(page: Page) {
  // Tall enough for the 100 % view below; the drawers closed, so the canvas is all there is.
  await page.setViewportSize({ width: 1280, height: 1100 });
  await closeDrawers(page);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.itemCount ?? 0),
    )
    .toBeGreaterThan(0);
  await page.evaluate(() =>
    (window as unknown as CanvasWindow).__moteplassCanvas!.setViewport({ x: 0, y: -300, scale: 1 }),
  );
}

async function placeNote(page: Page, at: { x: number; y: number }, text: string) {
  await page.getByRole('radio', { name: 'Ny lapp' }).click();
  await page.mouse.click(at.x, at.y);
  const editor = page.getByRole('textbox', { name: 'Rediger teksten' });
  await expect(editor).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
}

const xy = (p: { x: number; y: number }) => [p.x, p.y] as const;

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('two people: create, move, edit, connect and delete on the canvas; undo is one’s own', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Tavla i biblioteket');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');
  await showTopLeft(kari);
  await showTopLeft(ola);
  const surface = (await kari.locator('.canvas-surface').boundingBox())!;

  // Create with the note tool; Ola sees it.
  await placeNote(kari, { x: surface.x + 200, y: surface.y + 200 }, 'Lengre åpningstider');
  await expect
    .poll(async () => (await itemWith(ola, (i) => i.text === 'Lengre åpningstider'))?.type)
    .toBe('note');
  const note = (await itemWith(kari, (i) => i.text === 'Lengre åpningstider'))!;

  // Move it by dragging; Ola sees the new place.
  const start = await centreOf(kari, note);
  await drag(kari, start, { x: start.x + 120, y: start.y + 40 });
  await expect
    .poll(async () => (await itemWith(ola, (i) => i.id === note.id))?.x)
    .toBeCloseTo(note.x + 120, 0);

  // Edit in place with a double click.
  const moved = (await itemWith(kari, (i) => i.id === note.id))!;
  const centre = await centreOf(kari, moved);
  await kari.mouse.dblclick(centre.x, centre.y);
  const editor = kari.getByRole('textbox', { name: 'Rediger teksten' });
  await expect(editor).toBeFocused();
  await editor.fill('Lengre åpningstider i helgene');
  await kari.keyboard.press('Escape');
  await expect
    .poll(async () => (await itemWith(ola, (i) => i.id === note.id))?.text)
    .toBe('Lengre åpningstider i helgene');

  // Connect it to a second note with the connector tool.
  await placeNote(kari, { x: surface.x + 620, y: surface.y + 220 }, 'Frivillige vakter');
  const second = (await itemWith(kari, (i) => i.text === 'Frivillige vakter'))!;
  await kari.getByRole('radio', { name: 'Ny kobling' }).click();
  await drag(kari, await centreOf(kari, moved), await centreOf(kari, second));
  await expect
    .poll(async () => {
      const link = await itemWith(ola, (i) => i.type === 'connector');
      return link && [link.from, link.to];
    })
    .toEqual([note.id, second.id]);

  // Ola makes a note of his own; Kari's undo takes back her connector, not his note.
  const olaBox = (await ola.locator('.canvas-surface').boundingBox())!;
  await placeNote(ola, { x: olaBox.x + 250, y: olaBox.y + 480 }, 'Olas forslag');
  await expect
    .poll(async () => (await itemWith(kari, (i) => i.text === 'Olas forslag'))?.type)
    .toBe('note');
  await kari.locator('.canvas-surface').focus();
  await kari.keyboard.press('Control+z');
  await expect.poll(async () => (await items(ola)).some((i) => i.type === 'connector')).toBe(false);
  expect(await itemWith(ola, (i) => i.text === 'Olas forslag')).toBeDefined();
  expect(await itemWith(kari, (i) => i.text === 'Olas forslag')).toBeDefined();
  // Redo brings it back.
  await kari.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await items(ola)).some((i) => i.type === 'connector')).toBe(true);

  // Delete: select with a click, press Delete; the connector goes with it.
  const second2 = (await itemWith(kari, (i) => i.id === second.id))!;
  const c2 = await centreOf(kari, second2);
  await kari.getByRole('radio', { name: 'Velg og flytt' }).click();
  await kari.mouse.click(c2.x, c2.y);
  await kari.keyboard.press('Delete');
  await expect
    .poll(async () => (await itemWith(ola, (i) => i.id === second.id)) === undefined)
    .toBe(true);
  await expect.poll(async () => (await items(ola)).some((i) => i.type === 'connector')).toBe(false);

  await closeAll(console, kari, ola);
});

test('keyboard only on the canvas: Tab to an item, arrows move it, Delete deletes it', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Tastatur på tavla');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');
  await showTopLeft(kari);
  const surface = (await kari.locator('.canvas-surface').boundingBox())!;
  await placeNote(kari, { x: surface.x + 300, y: surface.y + 250 }, 'Flytt meg');
  await expect
    .poll(async () => (await itemWith(ola, (i) => i.text === 'Flytt meg'))?.type)
    .toBe('note');
  const note = (await itemWith(kari, (i) => i.text === 'Flytt meg'))!;

  const canvas = kari.getByRole('application', { name: 'Tavle' });
  await canvas.focus();
  // Tab goes through the items top to bottom: the frames' prompts first, so Tab until the note.
  let announced = '';
  for (let i = 0; i < 40 && !announced.includes('Flytt meg'); i++) {
    await kari.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    announced = (await kari.locator('.canvas-board [aria-live="polite"]').textContent()) ?? '';
  }
  expect(announced).toContain('Lapp');
  expect(announced).toContain('Flytt meg');

  await kari.keyboard.press('ArrowRight');
  await kari.keyboard.press('ArrowRight');
  await kari.keyboard.press('Shift+ArrowDown');
  await expect
    .poll(async () => {
      const seen = await itemWith(ola, (i) => i.id === note.id);
      return seen && [seen.x - note.x, seen.y - note.y];
    })
    .toEqual([20, 50]);

  await kari.keyboard.press('Delete');
  await expect
    .poll(async () => (await itemWith(ola, (i) => i.id === note.id)) === undefined)
    .toBe(true);
  await closeAll(console, kari, ola);
});

test('keyboard only on the canvas: Tab reaches a connector after its ends, named by them; Delete removes it', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Koblinger med tastatur');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  await showTopLeft(kari);
  const surface = (await kari.locator('.canvas-surface').boundingBox())!;
  await placeNote(kari, { x: surface.x + 200, y: surface.y + 200 }, 'Leseombud');
  await placeNote(kari, { x: surface.x + 620, y: surface.y + 560 }, 'Skolebibliotek');
  const from = (await itemWith(kari, (i) => i.text === 'Leseombud'))!;
  const to = (await itemWith(kari, (i) => i.text === 'Skolebibliotek'))!;
  await kari.getByRole('radio', { name: 'Ny kobling' }).click();
  await drag(kari, await centreOf(kari, from), await centreOf(kari, to));
  await expect.poll(async () => (await items(kari)).some((i) => i.type === 'connector')).toBe(true);
  await kari.getByRole('radio', { name: 'Velg og flytt' }).click();

  const canvas = kari.getByRole('application', { name: 'Tavle' });
  await canvas.focus();
  const live = kari.locator('.canvas-board [aria-live="polite"]');
  // The connector comes right after the later of its ends (the second note).
  const heard: string[] = [];
  for (let i = 0; i < 40 && !heard.some((h) => h.startsWith('Kobling')); i++) {
    await kari.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    heard.push((await live.textContent()) ?? '');
  }
  const said = heard.at(-1)!;
  expect(said).toContain('fra Lapp «Leseombud» til Lapp «Skolebibliotek»');
  expect(heard.at(-2)).toContain('Skolebibliotek');

  // Arrows do not move it (nor its ends); the reason is announced.
  await kari.keyboard.press('ArrowRight');
  await expect(live).toContainText('følger elementene');
  expect((await itemWith(kari, (i) => i.id === from.id))!.x).toBe(from.x);
  expect((await itemWith(kari, (i) => i.id === to.id))!.x).toBe(to.x);

  await kari.keyboard.press('Delete');
  await expect
    .poll(async () => (await items(kari)).some((i) => i.type === 'connector'))
    .toBe(false);
  expect(await itemWith(kari, (i) => i.id === from.id)).toBeDefined();
  expect(await itemWith(kari, (i) => i.id === to.id)).toBeDefined();
  await closeAll(console, kari);
});

test('two selected items resize together by the selection’s corner; one undo takes it back', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Større lapper');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  await showTopLeft(kari);
  const surface = (await kari.locator('.canvas-surface').boundingBox())!;
  await placeNote(kari, { x: surface.x + 200, y: surface.y + 250 }, 'Venstre');
  await placeNote(kari, { x: surface.x + 520, y: surface.y + 250 }, 'Høyre');
  const left = (await itemWith(kari, (i) => i.text === 'Venstre'))!;
  const right = (await itemWith(kari, (i) => i.text === 'Høyre'))!;

  // Select both (click, shift+click), then drag the south-east corner of their box.
  await kari.mouse.click(...xy(await centreOf(kari, left)));
  await kari.keyboard.down('Shift');
  await kari.mouse.click(...xy(await centreOf(kari, right)));
  await kari.keyboard.up('Shift');
  const box = {
    x: left.x,
    y: Math.min(left.y, right.y),
    w: right.x + right.w - left.x,
    h: Math.max(left.y + left.h, right.y + right.h) - Math.min(left.y, right.y),
  };
  const corner = await onScreen(kari, { x: box.x + box.w, y: box.y + box.h });
  // At 100 % a pixel is a world unit: the box grows by half its width and height.
  await drag(kari, corner, { x: corner.x + box.w / 2, y: corner.y + box.h / 2 });
  // Both scale by 1.5 from the box's top left: sizes and the gap between them alike.
  const expected = [left.x, left.w * 1.5, left.x + (right.x - left.x) * 1.5, right.w * 1.5];
  await expect
    .poll(async () => {
      const l = (await itemWith(kari, (i) => i.id === left.id))!;
      const r = (await itemWith(kari, (i) => i.id === right.id))!;
      return [l.x, l.w, r.x, r.w].every((n, k) => Math.abs(n - expected[k]!) <= 1);
    })
    .toBe(true);

  await kari.locator('.canvas-surface').focus();
  await kari.keyboard.press('Control+z');
  await expect
    .poll(async () => {
      const l = (await itemWith(kari, (i) => i.id === left.id))!;
      const r = (await itemWith(kari, (i) => i.id === right.id))!;
      return [l.w, r.x, r.w];
    })
    .toEqual([left.w, right.x, right.w]);
  await closeAll(console, kari);
});

test('a phone opens the canvas from its tab and places a note with a tap', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Tavle på mobilen');
  const phone = await browser.newContext({
    ...devices['Pixel 7'],
    baseURL: test.info().project.use.baseURL,
  });
  const page = await phone.newPage();
  await page.goto(pathOf(workshop.participantUrl));
  await page.getByLabel('Rolle').selectOption({ label: 'Frivillig' });
  await page.getByRole('button', { name: 'Bli med', exact: true }).tap();
  await expect(page).toHaveURL(/\/board$/);

  // Writing comes first on a phone; the canvas is one tap away.
  await page.getByRole('tab', { name: 'Tavla' }).tap();
  const canvas = page.getByRole('application', { name: 'Tavle' });
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.itemCount ?? 0),
    )
    .toBeGreaterThan(0);
  await page.getByRole('radio', { name: 'Ny lapp' }).tap();
  const box = (await canvas.boundingBox())!;
  await canvas.tap({ position: { x: box.width / 2, y: box.height / 2 } });
  const editor = page.getByRole('textbox', { name: 'Rediger teksten' });
  await expect(editor).toBeVisible();
  await editor.fill('Benker i skyggen');
  await editor.press('Escape');
  await expect
    .poll(async () => (await itemWith(page, (i) => i.text === 'Benker i skyggen'))?.type)
    .toBe('note');
  await closeAll(page, console);
});
