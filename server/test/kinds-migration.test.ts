import { readFileSync } from 'node:fs';
import { CLOSE_CODES, type CreateWorkshopReply } from '@moteplass/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryStorage } from '../src/storage/index.js';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  startServer,
  type TestServer,
} from './helper.js';

/**
 * Boards stored before item versions existed (test/fixtures/kinds-v1) load,
 * sync and export at the current versions; what a newer server wrote is left
 * alone (KIND-4, KIND-6).
 */
const fixture = (name: string) => new URL(`./fixtures/kinds-v1/${name}`, import.meta.url);
const V1_BOARD = new Uint8Array(readFileSync(fixture('board.bin')));
const V1_EXPORT = readFileSync(fixture('export.json'), 'utf8');

let server: TestServer;
let storage: MemoryStorage;
let workshop: CreateWorkshopReply;
let token: string;

beforeEach(async () => {
  storage = new MemoryStorage();
  server = await startServer({ storage });
  workshop = await createWorkshop(server.url);
  ({ token } = await joinAsFacilitator(server.url, workshop));
});
afterEach(cleanup);

/** Store `update` as if an earlier server had written it, and unload the board so it loads again. */
async function storeBoard(update: Uint8Array): Promise<void> {
  await server.app.rooms.closeWorkshop(workshop.id, CLOSE_CODES.GOING_AWAY, 'reloading');
  await storage.appendUpdates(workshop.id, 'board', [update]);
}

const fetchExport = async (id: string, format: string) => {
  const response = await fetch(`${server.url}/api/workshops/${id}/export.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return response.text();
};

const itemOf = (doc: Y.Doc, id: string) =>
  (doc.getMap('items').get(id) as Y.Map<unknown> | undefined)?.toJSON();

describe('KIND-6 stored boards are migrated when a room loads', () => {
  it('KIND-6 a v1 board loads with its indicator at v2, in one stored server change every client sees', async () => {
    await storeBoard(V1_BOARD);
    const client = await connect(server.wsUrl, workshop.id, 'board', token);
    expect(itemOf(client.doc, 'indicator-1')).toMatchObject({
      v: 2,
      dataSource: 'Ungdata',
      measuredBy: '',
      schedule: '',
      baseline: '24 % (2025)',
    });
    expect(itemOf(client.doc, 'indicator-1')).not.toHaveProperty('measure');
    // Current kinds are not rewritten; the poll at v1 is current.
    expect(itemOf(client.doc, 'note-1')).not.toHaveProperty('v');
    expect(itemOf(client.doc, 'poll-1')).toMatchObject({
      options: ['Fredagsklubb', 'Benker', 'Lysløype'],
    });

    // Stored like any update: loading again finds it migrated, from storage alone.
    await server.app.rooms.closeWorkshop(workshop.id, CLOSE_CODES.GOING_AWAY, 'reloading');
    const stored = await storage.loadDocument(workshop.id, 'board');
    const reloaded = new Y.Doc();
    for (const update of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) {
      Y.applyUpdate(reloaded, update);
    }
    expect(itemOf(reloaded, 'indicator-1')).toMatchObject({ v: 2, dataSource: 'Ungdata' });
  });

  it('KIND-6 a v1 board exports at the current versions: CSV, Markdown and JSON', async () => {
    await storeBoard(V1_BOARD);
    const json = JSON.parse(await fetchExport(workshop.id, 'json')) as {
      items: { id: string; item: Record<string, unknown> }[];
    };
    const indicator = json.items.find((entry) => entry.id === 'indicator-1')?.item;
    expect(indicator).toMatchObject({ v: 2, dataSource: 'Ungdata' });
    const csv = await fetchExport(workshop.id, 'csv');
    const rows = csv.split('\r\n');
    const header = rows[0]?.split(';') ?? [];
    const measure = header.indexOf('"Slik måler vi"');
    const row = rows.find((line) => line.includes('Færre unge som er ensomme'))?.split(';');
    expect(row?.[measure]).toBe('"Ungdata"');
    const markdown = await fetchExport(workshop.id, 'md');
    expect(markdown).toContain(
      '| Virkning | Færre unge som er ensomme | 24 % (2025) | 15 % (2028) | Ungdata |',
    );
    // The v1 poll, no vote closed on it yet.
    expect(markdown).toContain('| Hvilket tiltak først? | Fredagsklubb | Ikke avsluttet |');
  });

  it('KIND-4 an item written by a newer server is kept untouched, skipped and reported by the export', async () => {
    const newer = new Y.Doc();
    const future = new Y.Map<unknown>(
      Object.entries({
        type: 'note',
        x: 0,
        y: 0,
        w: 200,
        h: 200,
        phase: 'explore',
        text: 'Fra framtida',
        color: 'yellow',
        v: 9,
        mood: 'glad',
      }),
    );
    newer.getMap('items').set('future-1', future);
    await storeBoard(Y.encodeStateAsUpdate(newer));
    const client = await connect(server.wsUrl, workshop.id, 'board', token);
    expect(itemOf(client.doc, 'future-1')).toMatchObject({ v: 9, mood: 'glad' });
    const json = JSON.parse(await fetchExport(workshop.id, 'json')) as {
      omitted?: { id: string; reason: string }[];
    };
    expect(json.omitted).toContainEqual(
      expect.objectContaining({ id: 'future-1', reason: 'newerVersion' }),
    );
  });
});

describe('KIND-6 an export.json from before item versions imports at the current versions', () => {
  it('KIND-6 imports the old file with the indicator migrated, and exports it again', async () => {
    const response = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: V1_EXPORT,
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as CreateWorkshopReply;
    ({ token } = await joinAsFacilitator(server.url, created));
    const client = await connect(server.wsUrl, created.id, 'board', token);
    expect(itemOf(client.doc, 'indicator-1')).toMatchObject({ v: 2, dataSource: 'Ungdata' });
    expect(itemOf(client.doc, 'connector-1')).toMatchObject({ from: 'note-1', to: 'action-1' });
    const csv = await fetchExport(created.id, 'csv');
    expect(csv).toContain('"Ungdata"');
  });
});
