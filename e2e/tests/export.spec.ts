import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import {
  addNote,
  closeAll,
  expectNoAxeViolations,
  facilitate,
  joinAs,
  pathOf,
} from './flow/helpers';

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** "Eksporter til saksmappe": the facilitator's downloads for the case file (EXPORT-1). */
test('the facilitator exports the meetup to the case file; a participant has no way to', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Trygg skolevei på Ås');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  await addNote(kari, 'Bussen går for sjelden – æøå');

  const open = console.getByRole('button', { name: 'Eksporter til saksmappe' });
  await open.click();
  const dialog = console.getByRole('dialog', { name: 'Eksporter til saksmappe' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Oppsummering').fill('Vi ber kommunen om en ekstra kveldsbuss.');
  await expectNoAxeViolations(console);

  // The PDF/A report, with the summary saved on the way.
  const pdfDownload = console.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Last ned PDF/A-rapport' }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^Trygg skolevei på Ås \d{4}-\d{2}-\d{2}\.pdf$/);
  expect((await bytesOf(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog.getByText(`${pdf.suggestedFilename()} er lastet ned.`)).toBeVisible();
  await expect(dialog.getByText('Oppsummeringen er lagret.')).toBeVisible();

  // The spreadsheet: UTF-8 with a byte-order mark, the note in it.
  const csvDownload = console.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Last ned Regneark (CSV)' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^Trygg skolevei på Ås \d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = (await bytesOf(csv)).toString('utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  expect(csvText).toContain('"Bussen går for sjelden – æøå"');

  // A picture of the board, drawn from the SVG in the browser.
  const pngDownload = console.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Last ned Bilde av tavla (PNG)' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  expect((await bytesOf(png)).subarray(1, 4).toString('latin1')).toBe('PNG');

  // Escape closes the dialog and gives focus back to the button that opened it.
  await console.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // A participant: no export on the board, and the console is not theirs.
  await expect(kari.getByRole('button', { name: 'Eksporter til saksmappe' })).toHaveCount(0);
  await kari.goto(pathOf(`${workshop.participantUrl.split('/join')[0]}/console`));
  await expect(kari.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(kari.getByRole('button', { name: 'Eksporter til saksmappe' })).toHaveCount(0);
  const token = await kari.evaluate(
    (id) =>
      (
        JSON.parse(localStorage.getItem('moteplass.sessions') ?? '{}') as {
          state?: { sessions?: Record<string, { token?: string }> };
        }
      ).state?.sessions?.[id]?.token ?? '',
    workshop.id,
  );
  const refused = await kari.request.get(`/api/workshops/${workshop.id}/export.pdf`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(refused.status()).toBe(403);

  // Delete for good, in two steps; the participant's board says it is gone.
  await kari.goto(pathOf(workshop.participantUrl));
  await expect(kari).toHaveURL(/\/board$/);
  await open.click();
  await dialog.getByRole('button', { name: 'Slett verkstedet for godt' }).click();
  await dialog.getByRole('button', { name: 'Ja, slett for godt' }).click();
  await expect(console).toHaveURL(/\/$/);
  expect((await console.request.get(`/api/workshops/${workshop.id}`)).status()).toBe(404);
  await expect(kari.getByText('Verkstedet finnes ikke lenger.')).toBeVisible();

  await closeAll(console, kari);
});
