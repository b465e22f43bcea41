import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { CreateWorkshopReply } from '@moteplass/shared';
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { closeAll, expectNoAxeViolations, facilitate, joinAs, setPhase } from './flow/helpers';

/**
 * Issue 18: one case across meetups. Two meetups in a series, a reflection
 * round in each (three answers), the radar chart with the previous round on
 * the shared screen, a measurement against an indicator carried over, and the
 * series report downloaded and read (pdftotext, CSV, JSON).
 */

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Three people of two roles, on their own devices. */
async function joinThree(browser: Browser, workshop: Pick<CreateWorkshopReply, 'participantUrl'>) {
  const invite = workshop as CreateWorkshopReply;
  return [
    await joinAs(browser, invite, 'Innbygger'),
    await joinAs(browser, invite, 'Innbygger'),
    await joinAs(browser, invite, 'Kommuneansatt'),
  ];
}

/** Everyone answers every field with their own rating; the console sees only the count, then closes. */
async function runReflection(console: Page, people: Page[], ratings: number[]) {
  await console.getByRole('button', { name: 'Start refleksjonsrunde' }).click();
  await expect(console.getByText('Runden er åpen.')).toBeVisible();
  for (const [index, page] of people.entries()) {
    const panel = page.locator('[data-reflection="answer"]');
    await expect(panel).toBeVisible();
    if (index === 0) await expectNoAxeViolations(page);
    const fields = panel.getByRole('group');
    const count = await fields.count();
    expect(count).toBe(11);
    for (let field = 0; field < count; field += 1)
      await fields
        .nth(field)
        .getByRole('radio', { name: new RegExp(`^${ratings[index]} –`) })
        .check();
    await panel.getByRole('button', { name: 'Send svaret' }).click();
    await expect(panel.getByText('Svaret ditt er sendt.')).toBeVisible();
    await expect(console.getByText(`${index + 1} har svart`).first()).toBeVisible();
  }
  // REFLUI-1: while open, no means anywhere.
  await expect(console.locator('[data-reflection="results"]')).toHaveCount(0);
  await console.getByRole('button', { name: 'Lukk runden og vis resultatet' }).click();
  await expect(console.locator('[data-reflection="results"]')).toBeVisible();
}

test('a series of two meetups: reflections over time, a measurement and the series report', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const { workshop, console } = await facilitate(browser, 'Ensomhet blant eldre');
  const first = await joinThree(browser, workshop);

  // An indicator card in the produce phase: fewer lonely, from 34 % to 25 %.
  await setPhase(console, 'Produsere');
  const maker = first[2]!;
  await maker.getByRole('radio', { name: 'Virkning' }).check();
  await maker.getByLabel('Hva måler vi?').fill('Andel eldre som sier de er ensomme');
  await maker.getByLabel('Nullpunkt (valgfritt)').fill('34 %');
  await maker.getByLabel('Mål (valgfritt)').fill('25 %');
  await maker.getByRole('button', { name: 'Legg til indikatoren' }).click();

  // The impact chain beside the canvas: the indicator by level, the goal saved for everyone.
  const chain = maker.locator('[data-impact="view"]');
  await chain.getByRole('heading', { name: 'Effektkjeden' }).click();
  await expect(chain.locator('[data-level="outcome"]')).toContainText(
    'Andel eldre som sier de er ensomme',
  );
  await chain.getByLabel('Mål: hvilken endring, for hvem').fill('Færre eldre er ensomme i bydelen');
  await chain.getByRole('button', { name: 'Lagre effektkjeden' }).click();
  await expect(chain.getByText('Effektkjeden er lagret.')).toBeVisible();
  await expectNoAxeViolations(maker);

  // The first reflection: 2, 3 and 4 on every field (mean 3).
  await runReflection(console, first, [2, 3, 4]);
  const firstTable = console.locator('[data-reflection="table"]');
  await expect(firstTable.getByRole('row', { name: /Kommunikasjon/ })).toContainText('3,0');
  await expectNoAxeViolations(console);

  // The next meetup in the series, from the console.
  await console.getByLabel('Tittel på neste møte').fill('Ensomhet blant eldre – møte 2');
  await console.getByRole('button', { name: 'Start neste møte i serien' }).click();
  await console.getByRole('link', { name: 'Åpne fasilitatorpanelet for det nye møtet' }).click();
  await expect(
    console.getByRole('heading', { level: 1, name: 'Ensomhet blant eldre – møte 2' }),
  ).toBeVisible();
  const participantUrl = await console.getByLabel('Deltakerlenke').inputValue();
  await closeAll(...first);

  const [screen] = await Promise.all([
    console.context().waitForEvent('page'),
    console.getByRole('link', { name: /skjerm/ }).click(),
  ]);
  await expect(screen).toHaveURL(/\/screen$/);

  // The second reflection: 3, 4 and 5 (mean 4), drawn over the first on the shared screen.
  const second = await joinThree(browser, { participantUrl });
  await runReflection(console, second, [3, 4, 5]);
  const onScreen = screen.locator('[data-screen="reflection"]');
  await expect(onScreen).toBeVisible();
  await expect(onScreen.locator('[data-profile="previous"]')).toHaveCount(1);
  await expect(onScreen.locator('[data-profile="current"]')).toHaveCount(1);
  await expect(onScreen.getByText('Forrige runde')).toBeVisible();
  const row = onScreen.getByRole('row', { name: /Kommunikasjon/ });
  await expect(row).toContainText('4,0');
  await expect(row).toContainText('3,0');
  await expect(row).toContainText('+1,0');
  await expectNoAxeViolations(screen);

  // A measurement against the indicator the series carried over: 30 %, on the way to 25 %.
  const measurements = console.locator('[data-impact="measurements"]');
  const indicator = measurements.locator('[data-indicator]').filter({
    hasText: 'Andel eldre som sier de er ensomme',
  });
  await expect(indicator).toBeVisible();
  await indicator.getByLabel('Verdi').fill('30');
  await indicator.getByLabel('Dato').fill('2026-06-01');
  await indicator.getByLabel('Merknad').fill('Høstundersøkelsen');
  await indicator.getByRole('button', { name: 'Registrer målingen' }).click();
  await expect(indicator.getByText('Status: I rute')).toBeVisible();
  await expect(indicator.getByRole('row', { name: /2026-06-01/ })).toContainText('30');

  // The series page: both meetups, the profiles over time, and the report.
  await console.getByRole('link', { name: 'Se serien' }).click();
  await expect(console).toHaveURL(/\/series$/);
  const meetups = console.locator('[data-series="meetups"] li');
  await expect(meetups).toHaveCount(2);
  await expect(meetups.nth(0)).toContainText('Møte 1: Ensomhet blant eldre');
  await expect(meetups.nth(1)).toContainText('Møte 2: Ensomhet blant eldre – møte 2');
  await expect(console.locator('[data-series="reflections"] table tbody tr').first()).toContainText(
    '3,0',
  );
  await expectNoAxeViolations(console);

  const report = console.locator('[data-series="report"]');
  const pdfDownload = console.waitForEvent('download');
  await report.getByRole('button', { name: 'Last ned (PDF)' }).click();
  const pdf = await bytesOf(await pdfDownload);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
  expect(text).toContain('Ensomhet blant eldre');
  expect(text).toContain('Andel eldre som sier de er ensomme');

  const csvDownload = console.waitForEvent('download');
  await report.getByRole('button', { name: 'Last ned (CSV)' }).click();
  const csv = (await bytesOf(await csvDownload)).toString('utf8').replace(/^\uFEFF/, '');
  // One row per fact, its kind in `section` (docs: the series CSV's columns).
  const [header, ...rows] = parseCsv(csv);
  const column = (name: string) => header!.indexOf(name);
  const cell = (row: string[], name: string) => row[column(name)] ?? '';
  const meetupRows = rows.filter((r) => cell(r, 'section') === 'meetup');
  expect(meetupRows.map((r) => cell(r, 'meetup_title'))).toEqual([
    'Ensomhet blant eldre',
    'Ensomhet blant eldre – møte 2',
  ]);
  expect(rows.filter((r) => cell(r, 'section') === 'reflection').length).toBe(22);
  const indicatorRow = rows.find(
    (r) => cell(r, 'section') === 'indicator' && cell(r, 'text').startsWith('Andel eldre'),
  );
  expect(indicatorRow && cell(indicatorRow, 'status')).toBe('onTrack');
  const measured = rows.filter(
    (r) =>
      cell(r, 'section') === 'measurement' && cell(r, 'item_id') === cell(indicatorRow!, 'item_id'),
  );
  expect(measured.map((r) => [cell(r, 'date'), cell(r, 'value'), cell(r, 'note')])).toEqual([
    ['2026-06-01', '30', 'Høstundersøkelsen'],
  ]);

  const jsonDownload = console.waitForEvent('download');
  await report.getByRole('button', { name: 'Last ned (JSON)' }).click();
  const json = JSON.parse((await bytesOf(await jsonDownload)).toString('utf8')) as {
    meetups: unknown[];
  };
  expect(json.meetups).toHaveLength(2);

  await closeAll(console, ...second);
});

/** RFC 4180 rows: quoted fields may hold separators, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const separator = text.split('\n', 1)[0]!.includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
