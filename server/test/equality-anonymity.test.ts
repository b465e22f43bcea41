import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOARD_ITEMS, type SessionReply } from '@moteplass/shared';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from '../src/storage/index.js';
import { capturedLogs, equalityWorkshop, rawClient, untilReceived } from './equality-helper.js';
import { cleanup, connect, onCleanup, waitFor } from './helper.js';

afterEach(cleanup);

const TEXT = 'Anonymt-innspill-om-skoleveien-7331';

/** Every place a note's author could leak, searched for everything that names the author. */
function traces(author: SessionReply, name: string) {
  return [author.participantId, author.token, name];
}

async function anonymousWorkshop() {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-anon-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'moteplass.sqlite');
  const storage = new SqliteStorage(path);
  onCleanup(() => storage.close());
  const logs = capturedLogs();
  const setup = await equalityWorkshop({ storage, logger: logs.logger });
  await setup.act(setup.people.facilitator, { type: 'setAnonymity', mode: 'workshop' });
  return { ...setup, path, logs };
}

describe('ANON: an anonymous note cannot be linked to its author', () => {
  it('ANON-1, ANON-2: the board update carries no author and only the server’s Yjs client id', async () => {
    const { server, workshop, people, act } = await anonymousWorkshop();
    // The author has the board open with the stock client, as a browser would.
    const author = await connect(server.wsUrl, workshop.id, 'board', people.kari.token);
    const observer = await rawClient(server.wsUrl, workshop.id, 'board', people.ola.token);
    const { body } = await act(people.kari, {
      type: 'addAnonymousNote',
      text: TEXT,
      phase: 'explore',
    });
    const itemId = (body as { itemId: string }).itemId;

    const seen = await untilReceived(observer, (doc) => doc.getMap(BOARD_ITEMS).has(itemId));
    const note = seen.getMap<Y.Map<unknown>>(BOARD_ITEMS).get(itemId)!;
    expect(note.toJSON()).toMatchObject({ type: 'note', text: TEXT, anonymous: true });
    expect([...note.keys()].sort()).toEqual([
      'anonymous',
      'color',
      'createdAt',
      'h',
      'phase',
      'text',
      'type',
      'w',
      'x',
      'y',
    ]);
    // Every struct of the note (the map and each field) was made by the server's client.
    const serverClient = (await server.app.rooms.get(workshop.id, 'board')).doc.clientID;
    expect(note._item?.id.client).toBe(serverClient);
    for (const key of note.keys()) expect(note._map.get(key)?.id.client).toBe(serverClient);
    expect(serverClient).not.toBe(author.doc.clientID);
    // The author's client wrote nothing at all to the board.
    expect(Y.decodeStateVector(Y.encodeStateVector(seen)).has(author.doc.clientID)).toBe(false);
  });

  it('ANON-3: awareness shows nothing about who wrote it', async () => {
    const { server, workshop, people, act } = await anonymousWorkshop();
    const author = await connect(server.wsUrl, workshop.id, 'board', people.kari.token);
    const observer = await connect(server.wsUrl, workshop.id, 'board', people.ola.token);
    // A browser's presence: where its pointer is (no typing indicator in anonymous mode).
    author.provider.awareness.setLocalStateField('cursor', { x: 120, y: 80 });
    await waitFor(() => observer.provider.awareness.getStates().has(author.doc.clientID));
    await act(people.kari, { type: 'addAnonymousNote', text: TEXT, phase: 'explore' });
    await waitFor(() =>
      [...observer.doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).values()].some(
        (item) => item.get('text') === TEXT,
      ),
    );
    const presence = JSON.stringify([...observer.provider.awareness.getStates().values()]);
    for (const trace of [...traces(people.kari, 'Kari Nordmann'), TEXT]) {
      expect(presence).not.toContain(trace);
    }
  });

  it('ANON-4, PRIV-2: storage and info-level logs hold nothing that links the note to its author', async () => {
    const { server, people, act, path, logs } = await anonymousWorkshop();
    const { status } = await act(people.kari, {
      type: 'addAnonymousNote',
      text: TEXT,
      phase: 'explore',
    });
    expect(status).toBe(200);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();

    // Storage: the author's id is in their participant row and nowhere else —
    // not in any stored update or snapshot (where the note is), draft or vote.
    const db = new Database(path, { readonly: true });
    onCleanup(() => db.close());
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name);
    const noteRows: string[] = [];
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      for (const row of rows) {
        const text = Object.values(row)
          .map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : String(value)))
          .join('|');
        if (text.includes(TEXT)) noteRows.push(table);
        if (table === 'participants') continue;
        expect({ table, hasAuthor: text.includes(people.kari.participantId) }).toEqual({
          table,
          hasAuthor: false,
        });
      }
    }
    expect(noteRows.length).toBeGreaterThan(0);
    expect(noteRows.every((table) => table === 'doc_updates' || table === 'doc_snapshots')).toBe(
      true,
    );
    // The participants row holds no note and no trace of having written one.
    expect(
      JSON.stringify(
        db.prepare('SELECT * FROM participants WHERE id = ?').get(people.kari.participantId),
      ),
    ).not.toContain(TEXT);

    // Logs (info level, as in production) and metrics: no id, token, name or text.
    expect(logs.lines.length).toBeGreaterThan(0);
    const logged = logs.lines.join('\n');
    for (const trace of [...traces(people.kari, 'Kari Nordmann'), TEXT]) {
      expect(logged).not.toContain(trace);
      expect(metrics).not.toContain(trace);
    }
  });
});
