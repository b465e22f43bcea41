import AxeBuilder from '@axe-core/playwright';
import type { CreateWorkshopReply } from '@moteplass/shared';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { preferListOpen } from './flow/helpers';

/** WCAG 2.1 AA, what Norwegian public bodies must meet (DOMAIN.md). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

/** A path on our own server, whatever origin the server put in the link. */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search + parsed.hash;
}

async function createWorkshop(page: Page, title: string): Promise<CreateWorkshopReply> {
  const response = await page.request.post('/api/workshops', { data: { title, language: 'nb' } });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreateWorkshopReply;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await preferListOpen(context);
  return context.newPage();
}

/** Fill in the join form: an optional name and a role. */
async function join(page: Page, role: string, name?: string): Promise<void> {
  if (name) await page.getByLabel('Navn eller kallenavn (valgfritt)').fill(name);
  await page.getByLabel('Rolle').selectOption({ label: role });
  await page.getByRole('button', { name: 'Bli med', exact: true }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();
}

test('the start page creates a workshop and shows the way in for participants and facilitator', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Møteplass' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The title is required, and saying so is a translated alert, not a crash.
  await page.getByRole('button', { name: 'Lag verksted' }).click();
  await expect(page.getByRole('alert')).toHaveText('Skriv en tittel.');

  await page.getByLabel('Tittel', { exact: true }).fill('Ensomhet blant eldre i Nordbygda');
  await page
    .getByLabel('Beskrivelse av saken (valgfritt)')
    .fill('Mange over 80 bor alene og ser få andre.');
  await page.getByRole('button', { name: 'Lag verksted' }).click();

  await expect(page.getByRole('heading', { name: 'Verkstedet er klart' })).toBeFocused();
  await expect(page.getByLabel('Deltakerlenke')).toHaveValue(/\/w\/[^/]+\/join\?code=/);
  await expect(page.getByLabel('Fasilitatorlenke')).toHaveValue(/\/w\/[^/]+\/facilitator#key=/);
  await expect(page.getByText('Behold fasilitatorlenken for deg selv')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Åpne fasilitatorpanelet' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/console$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ensomhet blant eldre i Nordbygda' }),
  ).toBeVisible();
  await expect(page.getByText('Du er fasilitator for dette verkstedet.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();
});

test('two participants with different roles see each other’s notes live', async ({
  page,
  browser,
}) => {
  await preferListOpen(page.context());
  const workshop = await createWorkshop(page, 'Trygg skolevei');

  // The citizen follows the participant link.
  const citizen = page;
  await citizen.goto(pathOf(workshop.participantUrl));
  await expect(citizen.getByRole('heading', { level: 1, name: 'Trygg skolevei' })).toBeVisible();
  await expectNoAxeViolations(citizen);
  await join(citizen, 'Innbygger', 'Kari');
  await expect(citizen.getByRole('heading', { name: 'Fase: Utforske' })).toBeVisible();
  await expect(citizen.getByText('Hva er problemet?')).toBeVisible();

  // The politician types the code from the projector on the start page.
  const politician = await newPage(browser);
  await politician.goto('/');
  await politician
    .getByLabel('Kode')
    .fill(workshop.joinCode.toLowerCase().replace(/^(...)/, '$1-'));
  await politician.getByRole('button', { name: 'Bli med', exact: true }).click();
  await expect(politician.getByRole('heading', { level: 1, name: 'Trygg skolevei' })).toBeVisible();
  await join(politician, 'Politiker');

  await citizen.getByLabel('Tekst på lappen').fill('Bussen går for sjelden om kvelden');
  await citizen.getByRole('button', { name: 'Ny lapp', exact: true }).click();
  await expect(citizen.getByLabel('Tekst på lappen')).toHaveValue('');

  const seenByPolitician = politician
    .getByRole('listitem')
    .filter({ hasText: 'Bussen går for sjelden om kvelden' });
  await expect(seenByPolitician).toBeVisible();
  await expect(seenByPolitician).toContainText('Innbygger');

  await politician.getByLabel('Tekst på lappen').fill('Vi kan be om en ekstra avgang');
  await politician.getByRole('button', { name: 'Ny lapp', exact: true }).click();
  await expect(
    citizen.getByRole('listitem').filter({ hasText: 'Vi kan be om en ekstra avgang' }),
  ).toContainText('Politiker');
  await expectNoAxeViolations(politician);

  // A reload on the same device goes straight back to the board, notes and all.
  await citizen.goto(pathOf(workshop.participantUrl));
  await expect(citizen).toHaveURL(/\/board$/);
  await expect(citizen.getByRole('listitem')).toHaveCount(2);

  await politician.context().close();
});

test('an unknown join code is a translated message, not a crash', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Kode').fill('ZZZ 999');
  await page.getByRole('button', { name: 'Bli med', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Fant ikke noe verksted med den koden.');
});
