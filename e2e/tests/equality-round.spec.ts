import { expect, test, type Page } from '@playwright/test';
import {
  announcements,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  noteOn,
} from './flow/helpers';

/** A participant writes one private draft during silent writing. */
async function writeDraft(page: Page, text: string): Promise<void> {
  await page.getByLabel('Nytt utkast').fill(text);
  await page.getByRole('button', { name: 'Legg til utkast' }).click();
  await expect(page.getByLabel('Utkast 1')).toHaveValue(text);
}

const dotFor = (page: Page, text: string) =>
  page.getByRole('button', { name: `Gi en prikk til «${text}»` });

const IDEAS = {
  kari: 'Gåbuss med voksne langs skoleveien',
  ola: 'Nytt fotgjengerfelt ved butikken',
  siri: 'Lavere fartsgrense forbi skolen',
};

/**
 * A full round of the equality controls (issue 5): a facilitator on the
 * console with the shared screen, three participants with different roles —
 * silent writing, the reveal, a dot vote, speaking turns and a round.
 */
test('silent writing, reveal, dot voting and speaking turns with the shared screen', async ({
  browser,
}) => {
  // Five pages (console, screen, three boards) and four axe scans: slow on a small CI machine.
  test.setTimeout(300_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt');
  const siri = await joinAs(browser, workshop, 'Politiker', 'Siri');

  // Silent writing: everybody writes privately; nobody sees anybody else's drafts.
  await console.getByLabel('Skrivetid (valgfritt)').fill('5');
  await console.getByRole('button', { name: 'Start stille skriving' }).click();
  await expect(console.getByText('Stille skriving pågår i fasen Utforske.')).toBeVisible();
  await expect(kari.getByRole('heading', { name: 'Stille skriving' })).toBeVisible();
  await expect(kari.getByText(/Skrivetid igjen: [45]:\d\d/)).toBeVisible();
  await writeDraft(kari, IDEAS.kari);
  await writeDraft(ola, IDEAS.ola);
  await writeDraft(siri, IDEAS.siri);
  await expectNoAxeViolations(kari);
  await expect(ola.getByText(IDEAS.kari)).toHaveCount(0);
  await expect(console.getByText(IDEAS.kari)).toHaveCount(0);
  await expect(screen.getByText(IDEAS.kari)).toHaveCount(0);
  // A draft survives a reload: it is kept on the server, for its author only.
  await kari.reload();
  await expect(kari.getByLabel('Utkast 1')).toHaveValue(IDEAS.kari);

  // The reveal: all at once, anonymous, on every board and on the screen.
  await console.getByRole('button', { name: 'Vis alle lappene' }).click();
  await expect(console.getByText('3 lapper ble vist.')).toBeVisible();
  // The shared screen draws the board (a canvas) and marks the reveal as a moment.
  await expect(
    screen.locator('[data-screen="board"]').getByText('3 lapper er avslørt'),
  ).toBeVisible();
  for (const page of [kari, ola, siri]) {
    for (const idea of Object.values(IDEAS)) {
      await expect(noteOn(page, idea)).toContainText('Anonym');
    }
  }
  await expect(kari.getByRole('heading', { name: 'Stille skriving' })).toBeHidden();

  // Dot voting: two dots each, results hidden until the vote closes.
  await console.getByLabel('Prikker per deltaker').fill('2');
  await console.getByRole('button', { name: 'Start avstemningen' }).click();
  await expect(kari.getByText('Du har 2 av 2 prikker igjen.')).toBeVisible();
  await dotFor(kari, IDEAS.kari).click();
  await expect(kari.getByText('Du har 1 av 2 prikker igjen.')).toBeVisible();
  await dotFor(kari, IDEAS.kari).click();
  await expect(kari.getByText('Du har 0 av 2 prikker igjen.')).toBeVisible();
  await expect(dotFor(kari, IDEAS.ola)).toBeDisabled();
  await dotFor(ola, IDEAS.kari).click();
  await expect(ola.getByText('Du har 1 av 2 prikker igjen.')).toBeVisible();
  await dotFor(ola, IDEAS.ola).click();
  await expect(ola.getByText('Du har 0 av 2 prikker igjen.')).toBeVisible();
  await dotFor(siri, IDEAS.ola).click();
  await expect(siri.getByText('Du har 1 av 2 prikker igjen.')).toBeVisible();
  await expect(console.getByText('3 har stemt, 2 har brukt alle prikkene.')).toBeVisible();
  await expect(siri.getByText(/\d prikker?$/)).toHaveCount(0);
  await expectNoAxeViolations(siri);

  await console.getByRole('button', { name: 'Avslutt og vis resultatet' }).click();
  const results = siri.getByRole('region', { name: 'Resultat av prikkstemmingen' });
  await expect(results.getByRole('listitem')).toHaveText([
    `${IDEAS.kari} 3 prikker`,
    `${IDEAS.ola} 2 prikker`,
  ]);
  await expect(ola.locator('.note').filter({ hasText: IDEAS.kari })).toContainText('3 prikker');
  // …and ranked on the shared screen, until the facilitator moves on.
  const onScreen = screen.locator('[data-screen="results"]').getByRole('listitem');
  await expect(onScreen).toHaveCount(2);
  await expect(onScreen.nth(0)).toContainText(IDEAS.kari);
  await expect(onScreen.nth(0)).toContainText('3 prikker');

  // Speaking turns: hands up, the queue on the shared screen, the floor granted.
  await kari.getByRole('button', { name: 'Rekk opp hånda' }).click();
  await expect(kari.getByText('Du er nummer 1 i køen.')).toBeVisible();
  await ola.getByRole('button', { name: 'Rekk opp hånda' }).click();
  const queue = screen.getByRole('list', { name: /Venter på ordet/ });
  await expect(queue.getByRole('listitem')).toHaveText(['Kari (Innbygger)', 'Kommuneansatt']);
  await expectNoAxeViolations(screen);

  await console.getByRole('button', { name: 'Gi ordet til neste' }).click();
  await expect(kari.getByText('Du har ordet.')).toBeVisible();
  await expect(announcements(kari)).toHaveText('Du har ordet nå.');
  const floor = screen.locator('[data-screen="speaker"] .screen-floor');
  await expect(floor).toContainText('Ordet har');
  await expect(floor).toContainText('Kari (Innbygger)');
  await expect(queue.getByRole('listitem')).toHaveText(['Kommuneansatt']);
  await console.getByRole('button', { name: 'Avslutt taleturen' }).click();
  await expect(floor).toHaveCount(0);

  // The equality panel: the citizen had all the airtime so far.
  const innbygger = console.getByRole('row', { name: /^Innbygger/ });
  await expect(innbygger).toContainText('1 (33 %)');
  await expect(innbygger.getByRole('cell').nth(1)).toContainText('(100 %)');
  await expect(
    console.getByText('3 anonyme lapper er ikke regnet med på noen rolle.'),
  ).toBeVisible();
  await expectNoAxeViolations(console);

  // A round: everybody in turn, with the right to pass.
  await console.getByRole('button', { name: 'Start en runde' }).click();
  await expect(kari.getByText('Du har ordet.')).toBeVisible();
  await expect(screen.getByText('Runde: 0 av 3 har hatt ordet.')).toBeVisible();
  await kari.getByRole('button', { name: 'Stå over' }).click();
  await expect(ola.getByText('Du har ordet.')).toBeVisible();
  await expect(floor).toContainText('Kommuneansatt');
  await console.getByRole('button', { name: 'Avslutt taleturen' }).click();
  await expect(siri.getByText('Du har ordet.')).toBeVisible();
  await console.getByRole('button', { name: 'Avslutt runden' }).click();
  await expect(floor).toHaveCount(0);

  await closeAll(console, kari, ola, siri);
});
