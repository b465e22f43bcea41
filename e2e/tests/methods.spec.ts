import { expect, test, type Page } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs, noteOn } from './flow/helpers';

/** A participant writes one private draft during silent writing. */
async function writeDraft(page: Page, text: string): Promise<void> {
  await page.getByLabel('Nytt utkast').fill(text);
  await page.getByRole('button', { name: 'Legg til utkast' }).click();
  await expect(page.getByLabel('Utkast 1')).toHaveValue(text);
}

/** The running step as a participant's board shows it. */
const stepOn = (page: Page) => page.locator('[data-agenda-current]');

/**
 * A 1-2-4-All run driven by the agenda (issue 19, AGENDA-3/AGENDA-4): the
 * facilitator picks the method in the console's library and presses "Neste
 * steg"; each step's title, prompt and timer reach the boards and the shared
 * screen, silent writing starts with the first step and is revealed when the
 * pairs begin, the groups of four are a breakout that ends with the last step,
 * and the console keeps each step's actual time.
 */
test('a 1-2-4-All run driven by the agenda, from the methods library to the end', async ({
  browser,
}) => {
  // Four pages and two axe scans: slow on a small CI machine.
  test.setTimeout(240_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt');

  // The library: a card per method; one button makes its steps the agenda.
  await expect(console.getByText('Ingen agenda ennå.', { exact: false })).toBeVisible();
  await console.getByRole('button', { name: 'Bruk som agenda: «1-2-4-alle»' }).click();
  await expect(console.getByText('Agendaen er laget fra «1-2-4-alle».')).toBeVisible();
  const steps = console.locator('[data-agenda-steps] > li');
  await expect(steps).toHaveCount(4);
  await expect(console.getByText('Planlagt 15 min til sammen')).toBeVisible();
  await expectNoAxeViolations(console);

  // 1: alone, in silence — the step's timer and silent writing start together.
  await console.getByRole('button', { name: 'Start agendaen' }).click();
  await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
  await expect(stepOn(kari)).toContainText('1: Alene, i stillhet');
  await expect(stepOn(kari)).toContainText('Ingen ser dem før vi viser alle samtidig.');
  await expect(kari.getByRole('timer')).toHaveText(/^(2:00|1:[45]\d)$/);
  await expect(kari.getByRole('heading', { name: 'Stille skriving' })).toBeVisible();
  await writeDraft(kari, 'Gåbuss med voksne');
  await expect(ola.getByText('Gåbuss med voksne')).toHaveCount(0);
  await expect(screen.locator('[data-screen="agenda"]')).toContainText('1: Alene, i stillhet');

  // 2: pairs — the drafts are revealed, the timer starts over from the step's minutes.
  await console.getByRole('button', { name: 'Neste steg' }).click();
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(stepOn(ola)).toContainText('2: I par');
  await expect(kari.getByRole('heading', { name: 'Stille skriving' })).toBeHidden();
  await expect(noteOn(ola, 'Gåbuss med voksne')).toBeVisible();
  await expect(ola.getByRole('timer')).toHaveText(/^(3:00|2:[45]\d)$/);
  await expect(screen.locator('[data-screen="agenda"]')).toContainText('2: I par');
  // The step that ended shows how long it actually took.
  await expect(steps.nth(0)).toContainText(/brukte \d+ min \d\d s/);
  await expectNoAxeViolations(kari);

  // 4: groups of four — the step starts the breakout through the normal action path
  // (startBreakout, mixed by role); two participants make one group.
  await console.getByRole('button', { name: 'Neste steg' }).click();
  await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
  await expect(stepOn(kari)).toContainText('4: I grupper på fire');
  await expect(kari.getByRole('timer')).toHaveText(/^(4:00|3:[45]\d)$/);
  await expect(kari.locator('[data-breakout-group]')).toBeVisible();
  await expect(console.locator('[data-breakout-grid]')).toBeVisible();

  // All: the last step; then the agenda ends and the boards stop showing a step.
  await console.getByRole('button', { name: 'Neste steg' }).click();
  await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
  await expect(screen.locator('[data-screen="agenda"]')).toContainText('Alle: hva står fram?');
  // The whole room again: the step before's groups are recalled.
  await expect(kari.locator('[data-breakout-group]')).toHaveCount(0);
  await expect(console.getByRole('button', { name: 'Neste steg' })).toHaveCount(0);
  await console.getByRole('button', { name: 'Avslutt agendaen' }).click();
  await expect(console.getByText('Agendaen er avsluttet.')).toBeVisible();
  await expect(stepOn(kari)).toHaveCount(0);
  await expect(screen.locator('[data-screen="agenda"]')).toHaveCount(0);
  await expect(steps.nth(3)).toContainText(/brukte \d+ min \d\d s/);

  await closeAll(kari, ola, screen, console);
});
