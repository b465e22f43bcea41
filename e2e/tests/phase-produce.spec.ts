import { expect, test } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs, setPhase } from './flow/helpers';
import { phaseSpec } from './flow/phase-spec';

phaseSpec({
  title: 'Produsere',
  prompt: 'Hvem gjør hva?',
  notes: ['Frivilligsentralen tar ansvar for vaktlista', 'Kommunen betaler lokalet'],
});

test('phase Produsere: who does what, and how we see the effect, as structured cards', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Samskaping – i maskinrommet');
  const volunteer = await joinAs(browser, workshop, 'Frivillig', 'Siri');
  const employee = await joinAs(browser, workshop, 'Kommuneansatt');
  await setPhase(console, 'Produsere');

  // The action card: what, who, with what, by when.
  await expect(volunteer.getByRole('heading', { name: 'Nytt tiltak' })).toBeVisible();
  await volunteer.getByLabel('Hva skal gjøres?').fill('Besøksvenn-ordning for eldre');
  await volunteer.getByLabel('Hvem har ansvaret? (valgfritt)').fill('Frivilligsentralen');
  await volunteer.getByLabel('Ressurser (valgfritt)').fill('To timer i uka');
  await volunteer.getByLabel('Frist (valgfritt)').fill('2026-03-01');
  await volunteer.getByRole('button', { name: 'Legg til tiltaket' }).click();

  const action = employee.getByRole('listitem').filter({ hasText: 'Besøksvenn-ordning for eldre' });
  await expect(action).toContainText('Ansvar: Frivilligsentralen');
  await expect(action).toContainText('Ressurser: To timer i uka');
  await expect(action).toContainText('Frist: 1. mars 2026');
  await expect(action).toContainText('Frivillig');

  // The indicator: the level, what we measure, the baseline and the target.
  await employee.getByRole('radio', { name: 'Virkning' }).check();
  await employee.getByLabel('Hva måler vi?').fill('Andel eldre som sier de er ensomme');
  await employee.getByLabel('Nullpunkt (valgfritt)').fill('34 %');
  await employee.getByLabel('Mål (valgfritt)').fill('25 %');
  await employee.getByLabel('Datakilde', { exact: true }).fill('Spørreundersøkelse');
  await employee.getByLabel('Når det måles', { exact: true }).fill('Hver høst');
  await employee.getByRole('button', { name: 'Legg til indikatoren' }).click();

  const indicator = volunteer.getByRole('listitem').filter({ hasText: 'Andel eldre som sier' });
  await expect(indicator).toContainText('Virkning');
  await expect(indicator).toContainText('Nullpunkt: 34 %');
  await expect(indicator).toContainText('Mål: 25 %');
  await expect(indicator).toContainText('Datakilde: Spørreundersøkelse');
  await expectNoAxeViolations(volunteer);

  await closeAll(console, volunteer, employee);
});
