import { expect, test, type Page } from '@playwright/test';
import {
  addNote,
  announcements,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  joinOn,
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

interface CanvasWindow {
  __moteplassCanvas?: {
    viewport: { x: number; y: number; scale: number };
    items(): CanvasItem[];
  };
}

const canvasItems = (page: Page) =>
  page.evaluate(() => (window as unknown as CanvasWindow).__moteplassCanvas?.items() ?? []);

/**
 * People pick their group (issue 19, mix "choose", BREAK-10, BREAK-11): Kari
 * on a phone and Ola on a laptop pick from the list, a full group says so,
 * the facilitator closes the choice and the undecided are placed; the shared
 * screen shows each group as a live miniature; Ola visits Kari's group by
 * `?group=` and his note still goes to his own group.
 */
test('people pick a group on a phone; a full group says so; closing places the rest; a visit', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  const phone = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 375, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const kari = await joinOn(await phone.newPage(), workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt', 'Ola');
  const others: string[] = [];
  for (const role of ['politiker', 'frivillig', 'forsker', 'naringsliv']) {
    const joined = await console.request.post(`/api/workshops/${workshop.id}/sessions`, {
      data: { joinCode: workshop.joinCode, role },
    });
    expect(joined.status()).toBe(201);
    others.push(((await joined.json()) as { token: string }).token);
  }

  // Six people, at most three per group, and they pick: two empty groups of at most four.
  const panel = console.getByRole('region', { name: 'Grupper' });
  await panel.getByLabel('Personer per gruppe (høyst)').selectOption('3');
  await panel.getByLabel('Folk velger gruppe selv').check();
  await panel.getByRole('button', { name: 'Del i grupper' }).click();
  // The count is the console's participant list, fetched now and then: those away show up later.
  await expect(
    panel.getByText(/Deltakerne velger gruppe\. \d har ikke valgt ennå\./),
  ).toBeVisible();

  // Kari picks with the keyboard on her phone.
  const picker = kari.getByRole('region', { name: 'Velg gruppe' });
  await expect(picker.getByRole('listitem')).toHaveCount(2);
  await expect(picker.getByRole('listitem').first()).toContainText('0 av 4');
  const join1 = picker.getByRole('button', { name: 'Bli med i Gruppe 1' });
  await join1.focus();
  await join1.press('Enter');
  await expect(announcements(kari)).toHaveText('Du er med i Gruppe 1.');
  await expect(picker.getByRole('listitem').first()).toContainText('Du er med');
  await expectNoAxeViolations(kari);

  // Three more fill Gruppe 1; Ola's list says it is full, and the server agrees.
  const groupIds = await ola
    .locator('[data-group-picker] [data-group]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-group') ?? ''));
  const [first, second] = groupIds;
  for (const token of others.slice(0, 3)) {
    const answer = await console.request.post(`/api/workshops/${workshop.id}/actions`, {
      headers: { authorization: `Bearer ${token}` },
      data: { type: 'joinGroup', groupId: first },
    });
    expect(answer.status()).toBe(200);
  }
  const olaPicker = ola.getByRole('region', { name: 'Velg gruppe' });
  await expect(olaPicker.getByRole('button', { name: 'Gruppe 1: Full' })).toBeDisabled();
  const full = await console.request.post(`/api/workshops/${workshop.id}/actions`, {
    headers: { authorization: `Bearer ${others[3]}` },
    data: { type: 'joinGroup', groupId: first },
  });
  expect(full.status()).toBe(409);
  await olaPicker.getByRole('button', { name: 'Bli med i Gruppe 2' }).click();
  await expect(announcements(ola)).toHaveText('Du er med i Gruppe 2.');

  // The screen: both groups, each with a live miniature, and the call to pick.
  const grid = screen.locator('[data-screen="breakout"]');
  await expect(grid.getByRole('listitem')).toHaveCount(2);
  await expect(grid).toContainText('Velg gruppe på telefonen eller PC-en');
  await expect(grid.getByRole('img', { name: 'Rammen til Gruppe 1 i miniatyr' })).toBeVisible();
  await expectNoAxeViolations(screen);

  // Closing the choice places the one who did not pick in the smallest group.
  await panel.getByRole('button', { name: 'Avslutt valget' }).click();
  await expect(announcements(console)).toHaveText('Valget er avsluttet. 1 person ble plassert.');
  await expect(panel.locator(`[data-breakout-card="${second}"]`)).toContainText('2 personer');
  await expect(kari.locator('[data-group-picker]')).toHaveCount(0);
  await expect(kari.locator('[data-breakout-group]')).toContainText('Du er i Gruppe 1');
  await expect(grid).not.toContainText('Velg gruppe på telefonen');

  // Kari writes in her group; the screen's card counts it.
  await addNote(kari, 'Gåbuss langs skoleveien');
  await expect(grid.locator(`[data-group="${first}"]`)).toContainText('1 lapp');

  // Ola visits Gruppe 1: the view goes to its frame, his note still lands in his own group.
  await ola.goto(`/w/${workshop.id}/board?group=${encodeURIComponent(first!)}`);
  await expect(ola.locator(`[data-breakout-visiting="${first}"]`)).toContainText(
    'Du ser på Gruppe 1. Lappene dine havner i din egen gruppe.',
  );
  await addNote(ola, 'Fotgjengerfelt ved butikken');
  await expect
    .poll(
      async () =>
        (await canvasItems(ola)).find((i) => i.text === 'Fotgjengerfelt ved butikken')?.group,
    )
    .toBe(second);
  await expectNoAxeViolations(ola);
  await closeAll(console, kari, ola);
});
