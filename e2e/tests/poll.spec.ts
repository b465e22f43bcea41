import { expect, test } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs } from './flow/helpers';

const QUESTION = 'Hvilken idé tester vi først?';
const OPTIONS = ['Gåbuss', 'Sykkeltog', 'Trygge soner'];

/**
 * The poll card (issue 17): a poll is put on the board, the facilitator
 * starts a vote on it, two participants vote on its options; the counts are
 * hidden until the vote closes (KINDUI-2), then on the board's results and
 * the shared screen.
 */
test('KINDUI-2: a poll is voted on with counts hidden until the vote closes', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt');

  // Kari puts the poll on the board from the participate panel.
  const form = kari.getByRole('region', { name: 'Lag en avstemning' });
  await form.getByText('Lag en avstemning').click(); // the form is folded until asked for
  await form.getByLabel('Spørsmål').fill(QUESTION);
  await form.getByRole('button', { name: 'Legg til alternativ' }).click();
  for (const [i, option] of OPTIONS.entries())
    await form.getByLabel(`Alternativ ${i + 1}`, { exact: true }).fill(option);
  await form.getByRole('button', { name: 'Legg på tavla' }).click();
  await expect(kari.getByRole('listitem').filter({ hasText: QUESTION })).toBeVisible();
  await expectNoAxeViolations(kari);

  // The facilitator starts a vote on it: one vote each.
  await console.getByLabel('Prikker per deltaker').fill('1');
  await console
    .getByLabel('Hva dere stemmer over')
    .selectOption({ label: `Avstemningen «${QUESTION}»` });
  await console.getByRole('button', { name: 'Start avstemningen' }).click();

  const voteFor = (page: typeof kari, option: string) =>
    page.getByRole('button', { name: `Gi en prikk til «${option}»` });
  await voteFor(kari, 'Gåbuss').click();
  await expect(kari.getByText('Du har 0 av 1 prikker igjen.')).toBeVisible();
  await voteFor(ola, 'Gåbuss').click();
  await expect(console.getByText('2 har stemt, 2 har brukt alle prikkene.')).toBeVisible();
  // While open, nobody sees a count.
  await expect(kari.getByText(/\d prikker?$/)).toHaveCount(0);
  await expect(screen.locator('[data-screen="results"]')).toHaveCount(0);

  await console.getByRole('button', { name: 'Avslutt og vis resultatet' }).click();
  const onScreen = screen.locator('[data-screen="results"]');
  await expect(onScreen.getByRole('heading', { name: `Resultat: ${QUESTION}` })).toBeVisible();
  await expect(onScreen.getByRole('listitem').nth(0)).toContainText('Gåbuss');
  await expect(onScreen.getByRole('listitem').nth(0)).toContainText('2 prikker');
  await expectNoAxeViolations(screen);
  await closeAll(console, kari, ola);
});
