import { expect, test, type Page } from '@playwright/test';
import { closeAll, facilitate, joinAs } from './flow/helpers';

/**
 * ANON-3 from the outside: while a person writes a private draft, nothing
 * they type leaves in a WebSocket frame (where awareness travels), and what
 * others receive about them is presence only.
 */

/** Every WebSocket frame a page sends or receives, as bytes. */
function recordFrames(page: Page): { sent: Buffer[]; received: Buffer[] } {
  const frames = { sent: [] as Buffer[], received: [] as Buffer[] };
  const bytes = (payload: string | Buffer) =>
    typeof payload === 'string' ? Buffer.from(payload) : payload;
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => frames.sent.push(bytes(payload)));
    socket.on('framereceived', ({ payload }) => frames.received.push(bytes(payload)));
  });
  return frames;
}

const contains = (frames: Buffer[], text: string) =>
  frames.some((frame) => frame.includes(Buffer.from(text)));

test('ANON-3: typing a private draft puts nothing of it in presence', async ({ browser }) => {
  const { workshop, console } = await facilitate(browser, 'Skolegården i Vika');
  const kari = await joinAs(browser, workshop, 'Innbygger', 'Kari');
  const ola = await joinAs(browser, workshop, 'Politiker', 'Ola');
  const olaFrames = recordFrames(ola);
  const kariFrames = recordFrames(kari);
  // Reload so the recorders see the sockets from their first frame.
  await kari.reload();
  await ola.reload();
  await expect(kari.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();
  await expect(ola.getByRole('status').filter({ hasText: 'Tilkoblet' })).toBeVisible();

  await console.getByRole('button', { name: 'Start stille skriving' }).click();
  await expect(kari.getByRole('heading', { name: 'Stille skriving' })).toBeVisible();
  const secret = 'Hemmelig utkast om skolegården';
  await kari.getByLabel('Nytt utkast').pressSequentially(secret);
  await kari.getByRole('button', { name: 'Legg til utkast' }).click();
  await expect(kari.getByLabel('Utkast 1')).toHaveValue(secret);

  // Presence did travel (Ola knows Kari is here) …
  await expect
    .poll(() => contains(olaFrames.received, 'Kari'), { message: 'Kari’s presence reached Ola' })
    .toBe(true);
  // … but nothing Kari typed went over a socket, to the server or to Ola.
  expect(contains(kariFrames.sent, secret)).toBe(false);
  expect(contains(kariFrames.sent, 'Hemmelig')).toBe(false);
  expect(contains(olaFrames.received, 'Hemmelig')).toBe(false);

  await closeAll(kari, ola, console);
});
