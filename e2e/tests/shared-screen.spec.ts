import { expect, test } from '@playwright/test';
import {
  addNote,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  newPage,
  setPhase,
} from './flow/helpers';

test('the shared screen shows the way in, and follows the phase, the timer and the board', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { workshop, console } = await facilitate(browser, 'Ensomhet blant eldre');

  // Opened from the console, in a new window of the same browser (same session).
  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  await expect(screen).toHaveURL(/\/screen$/);
  await expect(
    screen.getByRole('heading', { level: 1, name: 'Ensomhet blant eldre' }),
  ).toBeVisible();

  // The way in: the QR code, the code, the short address.
  await expect(screen.getByRole('img', { name: /QR/ })).toBeVisible();
  await expect(screen.locator('.join-code')).toHaveAttribute('data-code', workshop.joinCode);
  await expect(screen.locator('.join-code')).toHaveText(
    `${workshop.joinCode.slice(0, 3)} ${workshop.joinCode.slice(3)}`,
  );
  await expect(screen.getByText(/127\.0\.0\.1:\d+\/join/)).toBeVisible();
  await expect(screen.getByRole('heading', { name: 'Fase: Utforske' })).toBeVisible();
  await expect(screen.getByText('Hva er problemet?')).toBeVisible();
  // No editing chrome, no form controls at all (the console sets the screen's language and sound).
  await expect(screen.locator('input, select, textarea, button')).toHaveCount(0);
  await expectNoAxeViolations(screen);

  // It follows the phase and the timer…
  await setPhase(console, 'Designe');
  await expect(screen.getByRole('heading', { name: 'Fase: Designe' })).toBeVisible();
  await expect(screen.getByText('Hva kan vi gjøre?')).toBeVisible();
  await console.getByLabel('Minutter', { exact: true }).fill('3');
  await console.getByRole('button', { name: 'Start tidtakeren', exact: true }).click();
  await expect(screen.getByRole('timer')).toHaveText(/^(3:00|2:5\d)$/);

  // …the notes as they come in…
  const participant = await joinAs(browser, workshop, 'Innbygger');
  await addNote(participant, 'Seniortreff på biblioteket');
  // (drawn on the canvas, and counted for screen readers)
  await expect(screen.locator('[data-screen="board"] canvas').first()).toBeVisible();
  await expect(screen.locator('[data-screen="board"]')).toContainText('1 lapp i denne fasen');

  // …and a new code at once.
  await console.getByRole('button', { name: 'Lag ny kode', exact: true }).click();
  await console.getByRole('button', { name: 'Ja, lag ny kode', exact: true }).click();
  await expect(screen.locator('.join-code')).not.toHaveAttribute('data-code', workshop.joinCode);

  // Its language is set in the console (the projector has no menu), and it follows at once.
  await console.getByLabel('Språk på storskjermen').selectOption('en');
  await expect(screen.getByRole('heading', { name: 'Phase: Design' })).toBeVisible();
  await expect(screen.locator('html')).toHaveAttribute('lang', 'en');
  await expect(console.getByRole('heading', { name: 'Storskjermen' })).toBeVisible();
  await console.getByLabel('Språk på storskjermen').selectOption('');
  await expect(screen.getByRole('heading', { name: 'Fase: Designe' })).toBeVisible();

  // It comes back by itself after the network drops.
  await screen.context().setOffline(true);
  await screen.context().setOffline(false);
  await setPhase(console, 'Prøve ut');
  await expect(screen.getByRole('heading', { name: 'Fase: Prøve ut' })).toBeVisible({
    timeout: 15_000,
  });

  await closeAll(console, participant);
});

test('AUTH-6: the shared screen does not open without the facilitator’s session', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Lukket visning');
  const stranger = await newPage(browser);
  await stranger.goto(`/w/${workshop.id}/screen`);
  await expect(
    stranger.getByText(/Storskjermvisningen åpnes fra fasilitatorpanelet/),
  ).toBeVisible();
  await expect(stranger.getByRole('img', { name: /QR/ })).toHaveCount(0);
  await expect(stranger.locator('.join-code')).toHaveCount(0);
  await closeAll(console, stranger);
});
