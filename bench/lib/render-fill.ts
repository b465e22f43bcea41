import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Where the benchmark's notes go: a grid below the phase frames' title band. */
export const NOTE = 200;
const GAP = 24;
export const COLUMNS = 100;
const ORIGIN = { x: 40, y: 400 };
const COLORS = ['yellow', 'pink', 'green', 'blue', 'orange', 'purple'] as const;

export interface CreatedBoard {
  workshopId: string;
  token: string;
  participantId: string;
  facilitatorKey: string;
  /** The world box the notes cover. */
  bounds: { x: number; y: number; w: number; h: number };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function noteBounds(count: number) {
  const rows = Math.ceil(count / COLUMNS);
  const cols = Math.min(count, COLUMNS);
  return { x: ORIGIN.x, y: ORIGIN.y, w: cols * (NOTE + GAP) - GAP, h: rows * (NOTE + GAP) - GAP };
}

/**
 * A workshop made through the public API and a board of `count` notes
 * written through the real server by a Yjs client with the facilitator's
 * token, the way a browser would write them (in batches of 500 per update).
 */
export async function createBoard(base: string, count: number): Promise<CreatedBoard> {
  const workshop = await post<{ id: string; facilitatorKey: string }>(`${base}/api/workshops`, {
    title: `Render benchmark, ${count} notes`,
  });
  const session = await post<{ token: string; participantId: string }>(
    `${base}/api/workshops/${workshop.id}/sessions`,
    { facilitatorKey: workshop.facilitatorKey },
  );
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${base.replace(/^http/, 'ws')}/ws/workshops/${workshop.id}`,
    'board',
    doc,
    { params: { token: session.token }, WebSocketPolyfill: WebSocket as never, disableBc: true },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('board did not sync')), 15_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const items = doc.getMap<unknown>('items');
  const words = 'Tiltak for bedre kollektivtransport til skolen og fritidsaktiviteter'.split(' ');
  for (let start = 0; start < count; start += 500) {
    doc.transact(() => {
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const col = i % COLUMNS;
        const row = Math.floor(i / COLUMNS);
        const text = Array.from(
          { length: 4 + (i % 9) },
          (_, k) => words[(i + k) % words.length],
        ).join(' ');
        items.set(
          `bench-${i}`,
          new Y.Map<unknown>(
            Object.entries({
              type: 'note',
              x: ORIGIN.x + col * (NOTE + GAP),
              y: ORIGIN.y + row * (NOTE + GAP),
              w: NOTE,
              h: NOTE,
              phase: 'explore',
              text: `${i + 1}. ${text}`,
              color: COLORS[i % COLORS.length],
              createdAt: 1_700_000_000_000 + i,
              author: session.participantId,
              v: 1,
            }),
          ),
        );
      }
    });
    // Stay under the per-socket message rate; the server stores each batch before relaying it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Let the last updates reach the server before the socket closes.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  provider.destroy();
  doc.destroy();
  return {
    workshopId: workshop.id,
    token: session.token,
    participantId: session.participantId,
    facilitatorKey: workshop.facilitatorKey,
    bounds: noteBounds(count),
  };
}

/**
 * Sign `page` in as the board's facilitator the way the client remembers a
 * session (localStorage), before its first navigation.
 */
export async function signInToBoard(page: Page, board: CreatedBoard): Promise<void> {
  const session = {
    token: board.token,
    participantId: board.participantId,
    facilitator: true,
    name: null,
    role: null,
    joinCode: null,
  };
  await page.addInitScript(
    ([id, value]) =>
      localStorage.setItem(
        'moteplass.sessions',
        JSON.stringify({ state: { sessions: { [id]: value } }, version: 1 }),
      ),
    [board.workshopId, session] as const,
  );
}
