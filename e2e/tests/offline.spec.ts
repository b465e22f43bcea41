import { expect, test, type Page } from '@playwright/test';
import { addNote, closeAll, facilitate, joinAs } from './flow/helpers';

/**
 * Offline safety: edits made without a network are kept, counted in the
 * status, and merged when the network is back; the board is cached in the
 * browser, so it shows even when the server cannot be reached.
 */

async function showList(page: Page): Promise<void> {
  const listButton = page.getByRole('button', { name: 'Liste', exact: true });
  // A drawer toggle: open it unless it is open already (a phone has a tab instead).
  if ((await listButton.count()) && (await listButton.getAttribute('aria-expanded')) !== 'true')
    await listButton.press('Enter');
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /Tilkoblet|Frakoblet/ });
const note = (page: Page, text: string) => page.getByRole('listitem').filter({ hasText: text });

test('edits made offline are counted, then merged on reconnect; both sides converge', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Nettbrudd på biblioteket');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');
  await showList(kari);
  await showList(ola);

  await addNote(kari, 'Før bruddet');
  await expect(note(ola, 'Før bruddet')).toBeVisible();

  await kari.context().setOffline(true);
  await expect(status(kari)).toContainText('Frakoblet – ingen nettforbindelse');

  // Offline: a new note and an edit of the old one, both only on Kari's device for now.
  await addNote(kari, 'Skrevet uten nett');
  await note(kari, 'Før bruddet').getByRole('button', { name: 'Rediger' }).click();
  await kari.getByLabel('Ny tekst').fill('Før bruddet, rettet uten nett');
  await kari.getByLabel('Ny tekst').press('Enter');
  await expect(status(kari)).toContainText('2 endringer venter på å bli sendt.');

  // Meanwhile Ola writes too.
  await addNote(ola, 'Ola skrev i mellomtiden');
  await expect(note(ola, 'Skrevet uten nett')).toHaveCount(0);

  await kari.context().setOffline(false);
  await expect(status(kari)).toHaveText('Tilkoblet. Endringer deles med alle.');
  for (const page of [kari, ola]) {
    await expect(note(page, 'Skrevet uten nett')).toBeVisible();
    await expect(note(page, 'Før bruddet, rettet uten nett')).toBeVisible();
    await expect(note(page, 'Ola skrev i mellomtiden')).toBeVisible();
  }

  await closeAll(kari, ola, console);
});

test('the board is cached in the browser: it shows when the server cannot be reached', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Hurtigbuffer');
  const kari = await joinAs(browser, workshop, 'Frivillig', 'Kari');
  await showList(kari);
  await addNote(kari, 'Lagret i nettleseren');
  await expect(note(kari, 'Lagret i nettleseren')).toBeVisible();

  // The sockets fail from now on; a reload must still show the board from IndexedDB.
  await kari.routeWebSocket(/\/ws\//, (ws) => ws.close({ code: 1006 }));
  await kari.reload();
  await showList(kari);
  await expect(note(kari, 'Lagret i nettleseren')).toBeVisible();
  await expect(status(kari)).not.toContainText('Tilkoblet');

  await closeAll(kari, console);
});

test('JOIN-12: a board that came from the server is cached too: a newcomer reloading without the server sees it', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Hurtigbuffer for nykommere');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');
  await showList(ola);
  await addNote(ola, 'Skrevet før Kari kom');
  // Kari's browser has never seen this board: all of it comes from the server (JOIN-11, JOIN-12).
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  await showList(kari);
  await expect(note(kari, 'Skrevet før Kari kom')).toBeVisible();
  // The board is stored in the browser once the page is idle: wait until it is there.
  // Read-only: a database not made yet is not made here (that would leave y-indexeddb's
  // without its store), and the connection is closed again.
  const cached = (page: Page, name: string) =>
    page.evaluate(
      (db) =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open(db);
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => resolve(0);
          open.onsuccess = () => {
            const database = open.result;
            try {
              const count = database.transaction('updates').objectStore('updates').count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => resolve(0);
            } catch {
              resolve(0);
            } finally {
              database.close();
            }
          };
        }),
      name,
    );
  // (an idle callback may wait up to its 10 s timeout on a busy machine)
  await expect
    .poll(() => cached(kari, `moteplass.board.${workshop.id}`), { timeout: 15_000 })
    .toBeGreaterThan(0);

  await kari.routeWebSocket(/\/ws\//, (ws) => ws.close({ code: 1006 }));
  await kari.reload();
  await showList(kari);
  await expect(note(kari, 'Skrevet før Kari kom')).toBeVisible();
  await expect(status(kari)).not.toContainText('Tilkoblet');

  await closeAll(ola, kari, console);
});

test('a reload with no network at all opens the board from the browser: page, scripts and documents', async ({
  browser,
}) => {
  const { workshop, console } = await facilitate(browser, 'Uten nett i salen');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  await showList(kari);
  await addNote(kari, 'Tilgjengelig uten nett');
  await expect(note(kari, 'Tilgjengelig uten nett')).toBeVisible();
  // The app-shell service worker has taken over this page.
  await expect
    .poll(() => kari.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  await kari.context().setOffline(true);
  await kari.reload();
  await showList(kari);
  await expect(note(kari, 'Tilgjengelig uten nett')).toBeVisible();
  await expect(status(kari)).toContainText('Frakoblet');

  await kari.context().setOffline(false);
  await expect(status(kari)).toHaveText('Tilkoblet. Endringer deles med alle.');
  await closeAll(kari, console);
});
