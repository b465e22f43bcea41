import AxeBuilder from '@axe-core/playwright';
import type { CreateWorkshopReply, Language } from '@moteplass/shared';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * Helpers for the specs of a whole workshop (issue 4): a facilitator on the
 * console, participants on their boards, each in their own browser context
 * (their own device, their own remembered session).
 */

/** WCAG 2.1 AA, what Norwegian public bodies must meet (DOMAIN.md). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

/** A path on our own server, whatever origin the server put in the link. */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search + parsed.hash;
}

/** Where the board page remembers its open drawers on a device (client/src/board/drawer-store.ts). */
export const DRAWERS_KEY = 'moteplass:board-drawers';

/**
 * The specs of a whole workshop read the board as a list (the canvas's
 * accessible twin), so their devices open the board with the list drawer
 * open as well as the participate drawer, as a person who prefers it would.
 * The board's own defaults are tested in board-layout.spec.ts.
 */
export async function preferListOpen(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    if (localStorage.getItem(key) === null)
      localStorage.setItem(key, JSON.stringify({ participate: true, list: true }));
  }, DRAWERS_KEY);
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await preferListOpen(context);
  return context.newPage();
}

/** Close every context a spec opened (each page has its own). */
export async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.context().close();
}

export interface Facilitated {
  workshop: CreateWorkshopReply;
  console: Page;
}

/** A new workshop, and its facilitator on the console (opened with the facilitator link). */
export async function facilitate(
  browser: Browser,
  title: string,
  language: Language = 'nb',
): Promise<Facilitated> {
  const console = await newPage(browser);
  const response = await console.request.post('/api/workshops', { data: { title, language } });
  expect(response.status()).toBe(201);
  const workshop = (await response.json()) as CreateWorkshopReply;
  await console.goto(pathOf(workshop.facilitatorUrl));
  await expect(console).toHaveURL(/\/console$/);
  await expect(console.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return { workshop, console };
}

/** A participant who follows the participant link and joins with a role (labels in Bokmål). */
export async function joinAs(
  browser: Browser,
  workshop: CreateWorkshopReply,
  role: string,
  name?: string,
): Promise<Page> {
  return joinOn(await newPage(browser), workshop, role, name);
}

/** Join on a page of one's own (a phone, a screen size of its own). */
export async function joinOn(
  page: Page,
  workshop: CreateWorkshopReply,
  role: string,
  name?: string,
): Promise<Page> {
  await page.goto(pathOf(workshop.participantUrl));
  if (name) await page.getByLabel('Navn eller kallenavn (valgfritt)').fill(name);
  await page.getByLabel('Rolle').selectOption({ label: role });
  await page.getByRole('button', { name: 'Bli med', exact: true }).click();
  await expect(page).toHaveURL(/\/board$/);
  await expect(page.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();
  return page;
}

/** The facilitator moves the workshop to a phase from the console's "choose a phase". */
export async function setPhase(console: Page, phaseTitle: string): Promise<void> {
  await console.getByLabel('Velg fase').selectOption({ label: phaseTitle });
  await console.getByRole('button', { name: 'Gå til fasen' }).click();
  await expect(console.getByText(`Verkstedet er i fasen ${phaseTitle}`)).toBeVisible();
}

export async function addNote(page: Page, text: string): Promise<void> {
  await page.getByLabel('Tekst på lappen').fill(text);
  await page.getByRole('button', { name: 'Ny lapp', exact: true }).click();
  await expect(page.getByLabel('Tekst på lappen')).toHaveValue('');
}

/** A note as a board lists it, in the phase the board shows. */
export function noteOn(page: Page, text: string) {
  return page.getByRole('listitem').filter({ hasText: text });
}

/** What the page's polite live region says. */
export function announcements(page: Page) {
  return page.getByTestId('announcements');
}

/** Close the board's drawers, as someone working on the canvas does (laptop layout). */
export async function closeDrawers(page: Page): Promise<void> {
  for (const name of ['Delta', 'Liste']) {
    const toggle = page.getByRole('button', { name, exact: true });
    if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'true')
      await toggle.click();
  }
}
