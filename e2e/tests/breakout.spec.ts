import { expect, test, type Page } from '@playwright/test';
import {
  addNote,
  announcements,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
} from './flow/helpers';

interface CanvasItem {
  id: string;
  type: string;
  text?: string;
  group?: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The canvas's test hook (client/src/canvas/CanvasBoard.tsx). */
interface CanvasWindow {
  __moteplassCanvas?: {
    viewport: { x: number; y: number; scale: number };
    items(): CanvasItem[];
  };
}

/** The board's items as the participant's canvas holds them. */
const canvasItems = (page: Page) =>
  page.evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.items() ?? []);

/** The group a participant's banner names, read from the page. */
async function groupIdOf(page: Page): Promise<string> {
  const banner = page.locator('[data-breakout-group]').first();
  await expect(banner).toBeVisible();
  return (await banner.getAttribute('data-breakout-group')) ?? '';
}

/** The centre of a frame is on the participant's screen: their view went to it. */
async function viewShows(page: Page, frame: CanvasItem): Promise<boolean> {
  return page.evaluate((f) => {
    const v = (window as unknown as CanvasWindow).__moteplassCanvas?.viewport;
    if (!v) return false;
    const cx = (f.x + f.w / 2) * v.scale + v.x;
    const cy = (f.y + f.h / 2) * v.scale + v.y;
    return cx > 0 && cx < window.innerWidth && cy > 0 && cy < window.innerHeight;
  }, frame);
}

/**
 * Breakout groups (issue 19): eight participants (two on their own boards,
 * six who joined by the API and are away) split into two groups mixed by
 * role; each group writes in its own frame; the facilitator moves someone by
 * the keyboard's "move to group", broadcasts, and recalls everyone; the
 * shared screen shows the groups as a grid.
 */
test('8 participants in 2 groups write in their frames; broadcast and recall', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt', 'Ola');
  const roles = ['innbygger', 'politiker', 'frivillig', 'forsker', 'naringsliv', 'kommuneansatt'];
  for (const role of roles) {
    const joined = await console.request.post(`/api/workshops/${workshop.id}/sessions`, {
      data: { joinCode: workshop.joinCode, role },
    });
    expect(joined.status()).toBe(201);
  }

  // Split the room: at most four per group, roles mixed.
  const panel = console.getByRole('region', { name: 'Grupper' });
  await panel.getByLabel('Personer per gruppe (høyst)').selectOption('4');
  await expect(panel.getByLabel('Bland rollene (innbyggere sammen med fagfolk)')).toBeChecked();
  await panel.getByRole('button', { name: 'Del i grupper' }).click();
  await expect(panel.getByText('2 grupper i gang')).toBeVisible();
  await expect(panel.locator('[data-breakout-card]')).toHaveCount(2);
  for (const card of await panel.locator('[data-breakout-card]').all()) {
    await expect(card).toContainText('4 personer');
  }

  // Kari and Ola in different groups: if the deal put them together, the keyboard moves Ola.
  const kariGroup = await groupIdOf(kari);
  if ((await groupIdOf(ola)) === kariGroup) {
    const otherCard = panel.locator(
      `[data-breakout-card]:not([data-breakout-card="${kariGroup}"])`,
    );
    const otherName = (await otherCard.locator('h3').textContent()) ?? '';
    const move = panel.getByLabel('Flytt Ola (Kommuneansatt) til gruppe');
    await move.focus();
    await move.selectOption({ label: otherName });
    await panel
      .getByRole('button', { name: 'Flytt til gruppe: Ola (Kommuneansatt)' })
      .press('Enter');
    await expect(announcements(console)).toHaveText(`Ola er flyttet til ${otherName}.`);
  }
  await expect.poll(() => groupIdOf(ola)).not.toBe(kariGroup);
  const olaGroup = await groupIdOf(ola);

  // Each board shows its group's name and goes to its frame; each group writes there.
  await expect(kari.locator('[data-breakout-group]')).toContainText(/Du er i Gruppe [12]/);
  for (const [page, group, text] of [
    [kari, kariGroup, 'Gåbuss langs skoleveien'],
    [ola, olaGroup, 'Fotgjengerfelt ved butikken'],
  ] as const) {
    await expect
      .poll(async () =>
        (await canvasItems(page)).some((i) => i.group === group && i.type === 'frame'),
      )
      .toBe(true);
    const frame = (await canvasItems(page)).find((i) => i.group === group && i.type === 'frame')!;
    await expect.poll(() => viewShows(page, frame)).toBe(true);
    await addNote(page, text);
    await expect
      .poll(async () => (await canvasItems(page)).find((i) => i.text === text)?.group)
      .toBe(group);
    const note = (await canvasItems(page)).find((i) => i.text === text)!;
    expect(note.x >= frame.x && note.x + note.w <= frame.x + frame.w).toBe(true);
    expect(note.y >= frame.y && note.y + note.h <= frame.y + frame.h).toBe(true);
  }
  await expectNoAxeViolations(kari);

  // The console's grid counts the notes' activity; the screen shows every group.
  await expect(panel.locator(`[data-breakout-card="${kariGroup}"]`)).toContainText('Sist aktiv');
  const grid = screen.locator('[data-screen="breakout"]');
  await expect(grid.getByRole('listitem')).toHaveCount(2);
  await expect(grid.locator(`[data-group="${kariGroup}"]`)).toContainText('1 lapp');
  await expectNoAxeViolations(screen);

  // A broadcast reaches every group as a banner, and screen readers hear it.
  await panel.getByLabel('Melding til alle gruppene').fill('Fem minutter igjen');
  await panel.getByRole('button', { name: 'Send' }).click();
  for (const page of [kari, ola]) {
    await expect(page.locator('[data-breakout-broadcast]')).toContainText('Fem minutter igjen');
    await expect(announcements(page)).toHaveText('Melding fra fasilitator: Fem minutter igjen');
  }
  await expectNoAxeViolations(console);

  // Recall: the groups end, the frames and notes stay, the view goes back to the phase.
  await panel.getByRole('button', { name: 'Kall alle tilbake' }).click();
  for (const page of [kari, ola]) {
    await expect(page.locator('[data-breakout-group]')).toHaveCount(0);
    await expect(announcements(page)).toHaveText(
      'Gruppearbeidet er ferdig. Du ser hele tavla igjen.',
    );
  }
  await expect(grid).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Del i grupper' })).toBeVisible();
  const kept = await canvasItems(kari);
  expect(kept.filter((i) => i.type === 'frame' && i.group).length).toBe(2);
  expect(kept.some((i) => i.text === 'Gåbuss langs skoleveien')).toBe(true);
  await closeAll(console, kari, ola);
});
