import { expect, test } from '@playwright/test';
import {
  addNote,
  announcements,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  setPhase,
} from './flow/helpers';

/** The facilitator's controls, each seen from a participant's board. */
test('the console’s timer, lock, view, counts, code and removal reach the participants', async ({
  browser,
}) => {
  // Three devices and every control of the console: longer than one quick check.
  test.setTimeout(120_000);
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');

  // Who is here (the facilitator too), by role, and in the list.
  await expect(console.getByText('3 tilkoblet nå')).toBeVisible();
  await expect(console.getByRole('listitem').filter({ hasText: 'Innbygger: 1' })).toBeVisible();
  await expect(console.getByRole('listitem').filter({ hasText: 'Politiker: 1' })).toBeVisible();
  await expect(console.getByRole('row').filter({ hasText: 'Kari' })).toContainText('Tilkoblet');
  await expectNoAxeViolations(console);

  // The timer: start, pause, +1 minute, resume, stop — all visible on Kari's board.
  await console.getByLabel('Minutter', { exact: true }).fill('5');
  await console.getByRole('button', { name: 'Start tidtakeren', exact: true }).click();
  const timer = kari.getByRole('timer');
  await expect(timer).toHaveText(/^(5:00|4:5\d)$/);
  await expect(announcements(kari)).toHaveText('Tidtakeren er startet: 5 minutter.');
  await console.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(kari.getByText('På pause', { exact: true })).toBeVisible();
  await expect(announcements(kari)).toHaveText('Tidtakeren er satt på pause.');
  const paused = await timer.textContent();
  await console.getByRole('button', { name: '+1 minutt', exact: true }).click();
  await expect(announcements(kari)).toHaveText('Tidtakeren har fått mer tid.');
  await expect(timer).not.toHaveText(paused ?? '');
  await expect(timer).toHaveText(/^(6:00|5:5\d)$/);
  await console.getByRole('button', { name: 'Fortsett', exact: true }).click();
  await expect(kari.getByText('På pause', { exact: true })).toBeHidden();
  await console.getByRole('button', { name: 'Stopp', exact: true }).click();
  await expect(timer).toBeHidden();
  await expect(announcements(kari)).toHaveText('Tidtakeren er stoppet.');

  // Lock: participants can read but not write; unlock gives the pen back.
  await console.getByRole('button', { name: 'Lås tavla', exact: true }).click();
  await expect(kari.getByText('Fasilitatoren har låst tavla.')).toBeVisible();
  await expect(kari.getByLabel('Tekst på lappen')).toBeDisabled();
  await console.getByRole('button', { name: 'Lås opp tavla', exact: true }).click();
  await expect(kari.getByLabel('Tekst på lappen')).toBeEnabled();
  await addNote(kari, 'Fotgjengerfelt ved skolen');

  // Cursors: the switch says what holds.
  await console.getByRole('button', { name: 'Skjul alles pekere', exact: true }).click();
  await expect(console.getByText('Pekerne er skjult for alle.')).toBeVisible();

  // "Bring everyone here": followers go to the phase; who opted out stays where they are.
  await setPhase(console, 'Designe');
  await expect(ola.getByRole('heading', { name: 'Fase: Designe' })).toBeVisible();
  await ola.getByLabel('Følg fasilitatoren').uncheck();
  await console.getByLabel('Fase å vise for alle').selectOption({ label: 'Utforske' });
  await console.getByRole('button', { name: 'Hent alle hit', exact: true }).click();
  const phasesOf = (page: typeof kari) => page.getByRole('navigation', { name: 'Faser' });
  await expect(phasesOf(kari).getByRole('button', { name: /^Utforske/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(announcements(kari)).toHaveText('Tavla viser nå fasen Utforske.');
  await expect(kari.getByText('Fotgjengerfelt ved skolen')).toBeVisible();
  await expect(phasesOf(ola).getByRole('button', { name: /^Designe/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(kari.getByRole('heading', { name: 'Fase: Designe' })).toBeVisible();

  // A new join code: the old one stops working at once.
  const codeBefore = await console.locator('.join-code').getAttribute('data-code');
  await console.getByRole('button', { name: 'Lag ny kode', exact: true }).click();
  await console.getByRole('button', { name: 'Ja, lag ny kode', exact: true }).click();
  await expect(console.locator('.join-code')).not.toHaveAttribute('data-code', codeBefore ?? '');
  const codeAfter = await console.locator('.join-code').getAttribute('data-code');
  expect((await console.request.get(`/api/join/${codeBefore}`)).status()).toBe(404);
  expect((await console.request.get(`/api/join/${codeAfter}`)).status()).toBe(200);

  // Removing Ola: his board is told at once, and his session no longer works.
  await console.getByRole('button', { name: 'Fjern Ola' }).click();
  await console.getByRole('button', { name: 'Ja, fjern', exact: true }).click();
  await expect(announcements(console)).toHaveText('Ola er fjernet fra verkstedet.');
  await expect(
    ola.getByRole('status').filter({ hasText: 'Økten er ikke lenger gyldig.' }),
  ).toBeVisible();
  await expect(console.getByRole('row').filter({ hasText: 'Ola' })).toHaveCount(0);
  await expect(console.getByText('2 tilkoblet nå')).toBeVisible();

  await closeAll(console, kari, ola);
});

test('a participant cannot open the console', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Biblioteket');
  const participant = await joinAs(browser, workshop, 'Frivillig');
  await participant.goto(`/w/${workshop.id}/console`);
  await expect(participant.getByText('Denne siden er for fasilitatoren.')).toBeVisible();
  await expect(participant.getByRole('button', { name: 'Lås tavla', exact: true })).toHaveCount(0);
  await closeAll(console, participant);
});
