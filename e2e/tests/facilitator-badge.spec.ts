import { expect, test } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs } from './flow/helpers';

/** FAC-1: the room sees the facilitator as the facilitator, never as an anonymous participant. */
test('FAC-1: a participant sees the facilitator named and badged in who-is-here', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Hvem leder møtet');
  // The facilitator opens the board as participants see it (same session).
  await console.getByRole('link', { name: 'Åpne tavla slik deltakerne ser den' }).click();
  await expect(console).toHaveURL(/\/board$/);
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');

  const panel = kari.locator('details.who-is-here');
  await panel.locator('summary').click();
  await expect(panel.locator('summary')).toContainText('2 personer på tavla');
  const facilitator = panel.getByRole('listitem').filter({ hasText: 'Fasilitator' });
  await expect(facilitator).toHaveCount(1);
  await expect(panel.getByRole('listitem').filter({ hasText: 'Anonym deltaker' })).toHaveCount(0);
  await expectNoAxeViolations(kari);

  await closeAll(console, kari);
});
