import { expect, test } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs, setPhase } from './flow/helpers';

/** CARD-1, CARD-2: the produce phase's cards are edited and deleted from the list, by keyboard too. */
test('CARD-1 and CARD-2: an action card is edited and deleted (with undo) from the list, and everybody sees it', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { workshop, console } = await facilitate(browser, 'Samskaping – tiltakene');
  const siri = await joinAs(browser, workshop, 'Frivillig', 'Siri');
  const ola = await joinAs(browser, workshop, 'Kommuneansatt');
  await setPhase(console, 'Produsere');

  await siri.getByLabel('Hva skal gjøres?').fill('Besøksvenn-ordning');
  await siri.getByRole('button', { name: 'Legg til tiltaket' }).click();
  const seenByOla = ola.getByRole('listitem').filter({ hasText: 'Besøksvenn-ordning' });
  await expect(seenByOla).toBeVisible();

  // Edit by keyboard: the button is named after the card; the form opens in place.
  const edit = siri.getByRole('button', { name: 'Endre «Besøksvenn-ordning»' });
  await edit.focus();
  await siri.keyboard.press('Enter');
  await expect(siri.getByRole('heading', { name: 'Endre tiltaket' })).toBeVisible();
  const card = siri.getByRole('listitem').filter({
    has: siri.getByRole('heading', { name: 'Endre tiltaket' }),
  });
  await card.getByLabel('Hvem har ansvaret? (valgfritt)').fill('Frivilligsentralen');
  await expectNoAxeViolations(siri);
  await card.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(seenByOla).toContainText('Ansvar: Frivilligsentralen');
  await expect(edit).toBeFocused();

  // Delete, undo (focus goes there and back), delete for good.
  await siri.getByRole('button', { name: 'Slett «Besøksvenn-ordning»' }).click();
  await expect(seenByOla).toHaveCount(0);
  const undo = siri.getByRole('button', { name: 'Angre slettingen' });
  await expect(undo).toBeFocused();
  await siri.keyboard.press('Enter');
  await expect(seenByOla).toContainText('Ansvar: Frivilligsentralen');
  await expect(edit).toBeFocused();
  await siri.getByRole('button', { name: 'Slett «Besøksvenn-ordning»' }).click();
  await expect(seenByOla).toHaveCount(0);
  await expectNoAxeViolations(ola);

  await closeAll(console, siri, ola);
});
