import { expect, test, type Page } from '@playwright/test';
import {
  addNote,
  announcements,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
} from './flow/helpers';

/** The group a participant's banner names, read from the page. */
async function groupIdOf(page: Page): Promise<string> {
  const banner = page.locator('[data-breakout-group]').first();
  await expect(banner).toBeVisible();
  return (await banner.getAttribute('data-breakout-group')) ?? '';
}

const dotFor = (page: Page, text: string) =>
  page.getByRole('button', { name: `Gi en prikk til «${text}»` });

/**
 * Equality inside breakout groups (GROUPEQ-1, GROUPEQ-4): four participants
 * in two groups; Kari takes her group's host seat and gives Per the word;
 * Ola's group does not see Per's hand; a vote for all groups gives each
 * member only their own group's frame, with the results hidden until close.
 * The shared screen's group cards show each group's floor.
 */
test('GROUPEQ-1 GROUPEQ-4 GROUPEQ-7: a group host grants a turn and runs a round; a vote for all groups keeps each to its frame', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const per = await joinAs(browser, workshop, 'Politiker', 'Per');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt', 'Ola');
  const joined = await console.request.post(`/api/workshops/${workshop.id}/sessions`, {
    data: { joinCode: workshop.joinCode, role: 'frivillig' },
  });
  expect(joined.status()).toBe(201);

  const panel = console.getByRole('region', { name: 'Grupper' });
  await panel.getByLabel('Personer per gruppe (høyst)').selectOption('3');
  await panel.getByRole('button', { name: 'Del i grupper' }).click();
  await expect(panel.locator('[data-breakout-card]')).toHaveCount(2);

  // Kari and Per in one group, Ola in the other: the console's keyboard move where the deal differs.
  const moveTo = async (who: string, groupId: string) => {
    const name = (await panel.locator(`[data-breakout-card="${groupId}"] h3`).textContent()) ?? '';
    await panel.getByLabel(`Flytt ${who} til gruppe`).selectOption({ label: name });
    await panel.getByRole('button', { name: `Flytt til gruppe: ${who}` }).click();
  };
  const kariGroup = await groupIdOf(kari);
  const otherGroup =
    (await panel
      .locator('[data-breakout-card]')
      .evaluateAll(
        (cards, mine) =>
          cards.map((c) => c.getAttribute('data-breakout-card')).find((id) => id !== mine),
        kariGroup,
      )) ?? '';
  if ((await groupIdOf(per)) !== kariGroup) await moveTo('Per (Politiker)', kariGroup);
  await expect.poll(() => groupIdOf(per)).toBe(kariGroup);
  if ((await groupIdOf(ola)) === kariGroup) await moveTo('Ola (Kommuneansatt)', otherGroup);
  await expect.poll(() => groupIdOf(ola)).toBe(otherGroup);

  // Kari takes the empty host seat; Per raises his hand in the group.
  await expect(kari.getByText('Gruppa har ingen vert ennå.', { exact: false })).toBeVisible();
  await kari.getByRole('button', { name: 'Bli vert' }).click();
  await expect(kari.getByText('Du er vert i gruppa. Du gir ordet.')).toBeVisible();
  await expect(per.getByText('Gruppa har en vert, som gir ordet.')).toBeVisible();
  await per.getByRole('button', { name: 'Rekk opp hånda' }).click();
  await expect(per.getByText('Du er nummer 1 i køen.')).toBeVisible();

  // The console lists the host and the hand; Ola's group does not see Per's hand.
  const row = console.locator(`[data-group-row="${kariGroup}"]`);
  await expect(row.locator('[data-group-hands]')).toHaveText('1');
  await expect(row.getByRole('combobox')).toHaveValue(
    await kari
      .locator('[data-group-host]')
      .getAttribute('data-group-host')
      .then((v) => v ?? ''),
  );
  await expect(ola.getByRole('button', { name: /Gi ordet til/ })).toHaveCount(0);
  await expect(ola.getByText('Per (Politiker)')).toHaveCount(0);
  await expectNoAxeViolations(kari);

  // The shared screen: each group's card says who has the word there and how many hands are up.
  const grid = screen.locator('[data-screen="breakout"]');
  const kariCard = grid.locator(`[data-group="${kariGroup}"]`);
  const olaCard = grid.locator(`[data-group="${otherGroup}"]`);
  await expect(kariCard).toContainText('Ingen har ordet · 1 hånd oppe');
  await expect(olaCard).toContainText('Ingen har ordet · 0 hender oppe');

  // The host gives Per the word; his screen reader hears it.
  await kari.getByRole('button', { name: 'Gi ordet til Per (Politiker)' }).click();
  await expect(per.getByText('Du har ordet.')).toBeVisible();
  await expect(announcements(per)).toHaveText('Du har ordet nå.');
  await expect(row.locator('[data-group-hands]')).toHaveText('0');
  await expect(row).toContainText('Per (Politiker)');
  await expectNoAxeViolations(console);
  await expect(kariCard).toContainText('Har ordet: Per (Politiker) · 0 hender oppe');
  await expect(olaCard).toContainText('Ingen har ordet');
  // The screen's own speakers' panel never says nobody has the word while the groups talk.
  await expect(screen.getByText('Ingen har ordet.')).toHaveCount(0);
  await expectNoAxeViolations(screen);
  const shots = process.env.SCREENSHOT_DIR;
  if (shots) {
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await screen.setViewportSize(size);
      await expect(kariCard).toContainText('Har ordet');
      await screen.screenshot({ path: `${shots}/group-floor-screen-${size.width}.png` });
    }
    await console.setViewportSize({ width: 1280, height: 800 });
    await console.screenshot({ path: `${shots}/group-floor-console-1280.png`, fullPage: true });
  }

  // A round in Kari's group (GROUPEQ-7): everyone in it in join order, Kari first.
  await kari.getByRole('button', { name: 'Start en runde i gruppa' }).click();
  await expect(kari.getByText('Du har ordet.')).toBeVisible();
  await expect(kariCard).toContainText('Har ordet: Kari (Innbygger)');
  await expect(olaCard).toContainText('Ingen har ordet');
  await kari.getByRole('button', { name: 'Avslutt runden' }).click();
  await expect(kariCard).toContainText('Ingen har ordet');

  // One note in each group's frame, then a vote in every group at once.
  await addNote(kari, 'Gåbuss langs skoleveien');
  await addNote(ola, 'Fotgjengerfelt ved butikken');
  await console.getByLabel('Prikker per deltaker').fill('1');
  await console
    .getByLabel('Hva dere stemmer over')
    .selectOption({ label: 'Alle grupper (hver i sin ramme)' });
  await console.getByRole('button', { name: 'Start avstemningen' }).click();
  await expect(console.locator('[data-group-scope="all"]')).toBeVisible();

  await expect(dotFor(kari, 'Gåbuss langs skoleveien')).toBeVisible();
  await expect(dotFor(kari, 'Fotgjengerfelt ved butikken')).toHaveCount(0);
  await expect(dotFor(ola, 'Fotgjengerfelt ved butikken')).toBeVisible();
  await expect(dotFor(ola, 'Gåbuss langs skoleveien')).toHaveCount(0);
  await dotFor(per, 'Gåbuss langs skoleveien').click();
  await expect(per.getByText('Du har 0 av 1 prikker igjen.')).toBeVisible();
  await expect(console.getByText('1 har stemt, 1 har brukt alle prikkene.')).toBeVisible();
  // Hidden while open: no board shows a count.
  await expect(kari.getByText(/^\d+ prikker?$/)).toHaveCount(0);
  await expectNoAxeViolations(ola);

  await console.getByRole('button', { name: 'Avslutt og vis resultatet' }).click();
  const results = kari.getByRole('region', { name: 'Resultat av prikkstemmingen' });
  await expect(results.getByRole('listitem').first()).toContainText('Gåbuss langs skoleveien');
  await closeAll(console, kari, per, ola);
});
