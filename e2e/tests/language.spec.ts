import { expect, test } from '@playwright/test';
import {
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  newPage,
  pathOf,
} from './flow/helpers';

test('everyone can switch nb → nn → en on the board and on the console', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Språk i verkstedet');
  const participant = await joinAs(browser, workshop, 'Innbygger');

  // The board, in the workshop's language, then Nynorsk, then English.
  await expect(participant.getByText('Hva er problemet?')).toBeVisible();
  await participant.getByLabel('Språk').selectOption('nn');
  await expect(participant.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(participant.getByText('Kva er problemet?')).toBeVisible();
  await expect(
    participant.getByRole('heading', { name: 'Lappar i fasen Utforske (0)' }),
  ).toBeVisible();
  await expect(participant.getByLabel('Følg fasilitatoren')).toBeChecked();
  await expectNoAxeViolations(participant);
  await participant.getByLabel('Språk').selectOption('en');
  await expect(participant.locator('html')).toHaveAttribute('lang', 'en');
  await expect(participant.getByRole('heading', { name: 'Phase: Explore' })).toBeVisible();
  await expect(participant.getByText('What is the problem?')).toBeVisible();
  await expect(participant.getByLabel('Follow the facilitator')).toBeChecked();

  // The console, likewise; the link to the projector's view says what it is in each language.
  await console.getByLabel('Språk', { exact: true }).selectOption('nn');
  await expect(console.getByText('Verkstaden er i fasen Utforske')).toBeVisible();
  await expect(console.getByRole('link', { name: /skjerm/ })).toBeVisible();
  await expect(console.getByRole('button', { name: 'Lag ny kode', exact: true })).toBeVisible();
  await expect(console.getByRole('heading', { name: 'Deltakarar' })).toBeVisible();
  await expectNoAxeViolations(console);
  await console.getByLabel('Språk', { exact: true }).selectOption('en');
  await expect(console.getByText('The workshop is in the Explore phase')).toBeVisible();
  await expect(console.getByRole('link', { name: /screen/ })).toBeVisible();
  await expect(console.getByRole('button', { name: 'Lock the board' })).toBeVisible();

  // The phase announcement comes in the language each person chose.
  await console.getByLabel('Choose a phase').selectOption({ label: 'Design' });
  await console.getByRole('button', { name: 'Go to the phase' }).click();
  await expect(participant.getByTestId('announcements')).toHaveText(
    'The workshop is now in the Design phase.',
  );

  await closeAll(console, participant);
});

test('a Nynorsk workshop greets its participants in Nynorsk', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Einsemd i bygda', 'nn');
  await expect(console.getByText('Verkstaden er i fasen Utforske')).toBeVisible();

  const page = await newPage(browser);
  await page.goto('/join');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bli med i et verksted' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(pathOf(workshop.participantUrl));
  await expect(page.getByLabel('Namn eller kallenamn (valfritt)')).toBeVisible();
  await expect(page.getByText('for å gjere likeverd synleg')).toBeVisible();
  await expectNoAxeViolations(page);

  await closeAll(console, page);
});
