import { devices, expect, test, type Page } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs, pathOf } from './flow/helpers';

/** On a wide screen the board opens on the canvas; the list is one press away. */
async function showList(page: Page): Promise<void> {
  const listButton = page.getByRole('button', { name: 'Liste', exact: true });
  // A drawer toggle: open it unless it is open already (a phone has a tab instead).
  if ((await listButton.count()) && (await listButton.getAttribute('aria-expanded')) !== 'true')
    await listButton.press('Enter');
}

/**
 * The list view is the canvas's accessible twin: a keyboard-only journey
 * through it (add, edit, move to another phase, delete and undo), and a
 * phone that opens on the list and the composer.
 */

test('keyboard only: add, edit, move to another phase and delete a note in the list', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Tastatur i biblioteket');
  const page = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const keyboard = page.keyboard;
  await showList(page);

  // Add: type in the composer, Ctrl+Enter sends.
  await page.getByLabel('Tekst på lappen').focus();
  await keyboard.type('Lengre åpningstider');
  await keyboard.press('Control+Enter');
  const list = page.getByRole('list').filter({ has: page.getByText('Lengre åpningstider') });
  const row = list.getByRole('listitem').filter({ hasText: 'Lengre åpningstider' });
  await expect(row).toContainText('Lapp');

  // Edit: Tab to "Rediger", Enter opens the field, Enter saves.
  const edit = row.getByRole('button', { name: 'Rediger' });
  await page.getByLabel('Tekst på lappen').focus();
  while (!(await edit.evaluate((el) => el === document.activeElement))) await keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await keyboard.press('Enter');
  const field = page.getByLabel('Ny tekst');
  await expect(field).toBeFocused();
  await keyboard.press('Control+A');
  await keyboard.type('Lengre åpningstider i helgene');
  await keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'i helgene' })).toBeVisible();
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'i helgene' })
      .getByRole('button', { name: 'Rediger' }),
  ).toBeFocused();
  await expectNoAxeViolations(page);

  // Escape cancels an edit.
  await keyboard.press('Enter');
  await keyboard.type(' – forkastet');
  await keyboard.press('Escape');
  await expect(page.getByText('forkastet')).toHaveCount(0);
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: 'i helgene' })
      .getByRole('button', { name: 'Rediger' }),
  ).toBeFocused();

  // Move: Tab to the phase select, choose "Designe" with the arrow keys, Tab to "Flytt", Enter.
  const saved = page.getByRole('listitem').filter({ hasText: 'i helgene' });
  await keyboard.press('Tab');
  await expect(saved.getByLabel('Flytt til fase')).toBeFocused();
  await saved.getByLabel('Flytt til fase').selectOption({ label: 'Designe' });
  await keyboard.press('Tab');
  await expect(saved.getByRole('button', { name: 'Flytt' })).toBeFocused();
  await keyboard.press('Enter');
  await expect(
    page.getByText('«Lengre åpningstider i helgene» er flyttet til Designe.'),
  ).toBeAttached();
  await expect(page.getByRole('listitem').filter({ hasText: 'i helgene' })).toHaveCount(0);

  // The facilitator's board sees it in the design phase (the console's board view, via the board page).
  const board = await console.context().newPage();
  await board.goto(pathOf(workshop.facilitatorUrl).replace(/\/facilitator.*$/, '/board'));
  await showList(board);
  await board
    .getByRole('button', { name: /Designe/ })
    .first()
    .click();
  await expect(board.getByRole('listitem').filter({ hasText: 'i helgene' })).toBeVisible();

  // Delete from the design phase, then undo, then delete for good.
  await page
    .getByRole('button', { name: /Designe/ })
    .first()
    .click();
  const moved = page.getByRole('listitem').filter({ hasText: 'i helgene' });
  await moved.getByRole('button', { name: 'Slett' }).focus();
  await keyboard.press('Enter');
  const undo = page.getByRole('button', { name: 'Angre slettingen' });
  await expect(undo).toBeFocused();
  await expect(board.getByRole('listitem').filter({ hasText: 'i helgene' })).toHaveCount(0);
  await keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'i helgene' })).toBeVisible();
  await expect(board.getByRole('listitem').filter({ hasText: 'i helgene' })).toBeVisible();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'i helgene' })
    .getByRole('button', { name: 'Slett' })
    .focus();
  await keyboard.press('Enter');
  await expect(board.getByRole('listitem').filter({ hasText: 'i helgene' })).toHaveCount(0);

  await closeAll(page, console);
});

test('a phone opens on the composer, with the list one tab away', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Mobil på torget');
  const phone = await browser.newContext({
    ...devices['Pixel 7'],
    baseURL: test.info().project.use.baseURL,
  });
  const page = await phone.newPage();
  await page.goto(pathOf(workshop.participantUrl));
  await page.getByLabel('Rolle').selectOption({ label: 'Frivillig' });
  await page.getByRole('button', { name: 'Bli med', exact: true }).tap();
  await expect(page).toHaveURL(/\/board$/);
  const composer = page.getByLabel('Tekst på lappen');
  await expect(composer).toBeInViewport();
  await composer.fill('Benker i skyggen');
  await page.getByRole('button', { name: 'Ny lapp', exact: true }).tap();
  await page.getByRole('tab', { name: 'Liste' }).tap();
  const note = page.getByRole('listitem').filter({ hasText: 'Benker i skyggen' });
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: 'Rediger' }).tap();
  await expect(page.getByLabel('Ny tekst')).toBeVisible();
  await closeAll(page, console);
});
