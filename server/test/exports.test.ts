import type { CreateWorkshopReply, ImportWorkshopReply, WorkshopExport } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  postAction,
  startServer,
  waitFor,
  type TestServer,
} from './helper.js';

/**
 * The case-file exports over real HTTP (docs/api.md): who may fetch them,
 * what they contain after a meetup with notes, an anonymous note and a vote,
 * and importing a file back (EXPORT-1, EXPORT-2, IMPORT-1, IMPORT-2).
 */
afterEach(cleanup);

const FORMATS = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
} as const;

function exportUrl(server: TestServer, id: string, format: string, query = ''): string {
  return `${server.url}/api/workshops/${id}/export.${format}${query}`;
}

function get(url: string, token?: string): Promise<Response> {
  return fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

async function exportJson(
  server: TestServer,
  id: string,
  token: string,
  query = '',
): Promise<WorkshopExport> {
  const response = await get(exportUrl(server, id, 'json', query), token);
  expect(response.status).toBe(200);
  return (await response.json()) as WorkshopExport;
}

/** A small meetup: Kari writes a note, somebody writes anonymously, Kari's note gets a dot. */
async function meetup(server: TestServer) {
  const workshop = await createWorkshop(server.url, {
    title: 'Trygg skolevei – «Øvre Ås» & <skolen>',
    caseDescription: 'Barna går langs en vei uten fortau.',
  });
  const facilitator = (await joinAsFacilitator(server.url, workshop)).token;
  const kari = await joinAsParticipant(server.url, workshop, 'innbygger', 'Kari Nordmann');
  const ola = await joinAsParticipant(server.url, workshop, 'politiker', 'Ola');

  const board = await connect(server.wsUrl, workshop.id, 'board', kari.token);
  const note = new Y.Map<unknown>();
  board.doc.transact(() => {
    board.doc.getMap<Y.Map<unknown>>('items').set('kari-1', note);
    for (const [key, value] of Object.entries({
      type: 'note',
      x: 100,
      y: 300,
      w: 200,
      h: 200,
      phase: 'explore',
      text: 'Bilene kjører for fort ved Ås skole',
      color: 'green',
      createdAt: Date.now(),
      author: kari.participantId,
      authorRole: 'innbygger',
    })) {
      note.set(key, value);
    }
  });
  const act = async (token: string, action: Record<string, unknown>) => {
    const answer = await postAction(server.url, workshop.id, token, action);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as Record<string, unknown>;
  };
  // Kari's note must have reached the server before the vote takes the board's notes.
  const served = (await server.app.rooms.get(workshop.id, 'board')).doc.getMap('items');
  await waitFor(() => served.has('kari-1'), 5000, 'the note on the server');
  await act(facilitator, { type: 'setAnonymity', mode: 'workshop' });
  const anonymous = await act(ola.token, {
    type: 'addAnonymousNote',
    text: 'Jeg er redd for å si fra om farten',
    phase: 'explore',
  });
  await act(facilitator, { type: 'startVote', dotsPerParticipant: 2, phase: 'explore' });
  await act(kari.token, { type: 'castVote', itemId: 'kari-1' });
  await act(ola.token, { type: 'castVote', itemId: 'kari-1' });
  await act(facilitator, { type: 'closeVote' });
  return { workshop, facilitator, kari, ola, anonymousId: String(anonymous.itemId) };
}

describe('EXPORT-1 only the facilitator gets the exports', () => {
  it('answers 401 without a token and 403 to a participant, for every format and the summary', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const participant = (await joinAsParticipant(server.url, workshop)).token;
    for (const format of Object.keys(FORMATS)) {
      expect((await get(exportUrl(server, workshop.id, format))).status).toBe(401);
      const refused = await get(exportUrl(server, workshop.id, format), participant);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const summary = `${server.url}/api/workshops/${workshop.id}/summary`;
    expect((await get(summary, participant)).status).toBe(403);
    const put = await fetch(summary, {
      method: 'PUT',
      headers: { authorization: `Bearer ${participant}`, 'content-type': 'application/json' },
      body: JSON.stringify({ summary: 'Nei' }),
    });
    expect(put.status).toBe(403);
  });

  it('gives the facilitator every format, as a download named after the workshop', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url, { title: 'Møteplass på Ås – «vår» skole' });
    const token = (await joinAsFacilitator(server.url, workshop)).token;
    for (const [format, type] of Object.entries(FORMATS)) {
      const response = await get(exportUrl(server, workshop.id, format), token);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(
        new RegExp(
          `^attachment; filename="Moteplass-pa-As-var-skole-\\d{4}-\\d{2}-\\d{2}\\.${format}"; filename\\*=UTF-8''M%C3%B8teplass`,
        ),
      );
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    const pdf = Buffer.from(
      await (await get(exportUrl(server, workshop.id, 'pdf'), token)).arrayBuffer(),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an unknown query option and an unknown frame', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const token = (await joinAsFacilitator(server.url, workshop)).token;
    expect((await get(exportUrl(server, workshop.id, 'csv', '?token=abc'), token)).status).toBe(
      400,
    );
    expect((await get(exportUrl(server, workshop.id, 'svg', '?frame=nope'), token)).status).toBe(
      404,
    );
    expect((await get(exportUrl(server, workshop.id, 'svg', '?phase=design'), token)).status).toBe(
      200,
    );
  });
});

describe('what the exports hold after a meetup', () => {
  it('EXPORT-2 has the live notes, the vote and the anonymous note without any author', async () => {
    const server = await startServer();
    const { workshop, facilitator, anonymousId } = await meetup(server);
    const file = await exportJson(server, workshop.id, facilitator);
    expect(file).toMatchObject({ format: 'moteplass-workshop', version: 1 });
    const byId = new Map(file.items.map((entry) => [entry.id, entry]));
    expect(byId.get('kari-1')).toMatchObject({ votes: 2, item: { authorRole: 'innbygger' } });
    expect(byId.get('kari-1')).not.toHaveProperty('authorName');
    const anonymous = byId.get(anonymousId);
    expect(anonymous?.item).toMatchObject({
      anonymous: true,
      text: 'Jeg er redd for å si fra om farten',
    });
    expect(anonymous?.item).not.toHaveProperty('author');
    expect(anonymous?.item).not.toHaveProperty('authorRole');
    expect(file.votes).toHaveLength(1);
    expect(file.participants.byRole).toMatchObject({ innbygger: 1, politiker: 1 });
    expect(file.participants).not.toHaveProperty('names');

    const named = await exportJson(server, workshop.id, facilitator, '?includeNames=true');
    const namedById = new Map(named.items.map((entry) => [entry.id, entry]));
    expect(namedById.get('kari-1')?.authorName).toBe('Kari Nordmann');
    expect(namedById.get(anonymousId)).not.toHaveProperty('authorName');
    expect(named.participants.names).toEqual([{ name: 'Kari Nordmann', role: 'innbygger' }]);
    expect(JSON.stringify(named)).not.toContain('"Ola"');
  });

  it('EXPORT-4 keeps a note in a colour another client wrote, and lists what it cannot read', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = (await joinAsFacilitator(server.url, workshop)).token;
    const foreign = {
      'other-client': {
        type: 'note',
        x: 100,
        y: 300,
        w: 200,
        h: 200,
        phase: 'explore',
        text: 'Fritidsklubbtilbudet må åpne 2026-02-15',
        color: '#ffe066',
        fromTheOtherClient: true,
      },
      'a-survey': { type: 'survey', question: 'Kafé?', text: 'Kafé på biblioteket?' },
    };
    // A client may no longer write such items (BOARD-1 refuses unknown fields and kinds), but
    // boards stored before that check, or by a newer version, hold them: write them as the
    // server's own change, stored like any other.
    const room = await server.app.rooms.get(workshop.id, 'board');
    room.doc.transact(() => {
      for (const [id, fields] of Object.entries(foreign)) {
        const item = new Y.Map<unknown>();
        room.doc.getMap<Y.Map<unknown>>('items').set(id, item);
        for (const [key, value] of Object.entries(fields)) item.set(key, value);
      }
    });
    await room.flushed();

    const file = await exportJson(server, workshop.id, facilitator);
    const note = file.items.find((entry) => entry.id === 'other-client');
    expect(note?.item).toMatchObject({ color: 'yellow', text: foreign['other-client'].text });
    expect(note?.item).not.toHaveProperty('fromTheOtherClient');
    expect(file.omitted).toEqual([
      { id: 'a-survey', type: 'survey', reason: 'unknownType', text: 'Kafé på biblioteket?' },
    ]);
    const csv = await (await get(exportUrl(server, workshop.id, 'csv'), facilitator)).text();
    const lines = csv.split('\r\n');
    const colour = lines[0]?.split(';').indexOf('"Farge"') ?? -1;
    const row = lines.find((line) => line.includes('Fritidsklubbtilbudet'));
    expect(row?.split(';').at(colour)).toBe('"Gul"');
    const markdown = await (await get(exportUrl(server, workshop.id, 'md'), facilitator)).text();
    expect(markdown).toContain('Fritidsklubbtilbudet må åpne 2026-02-15');
    expect(markdown).toContain('| a-survey | survey | ukjent type | Kafé på biblioteket? |');
  });

  it('keeps the facilitator’s summary with the workshop and puts it in the report', async () => {
    const server = await startServer();
    const { workshop, facilitator } = await meetup(server);
    const url = `${server.url}/api/workshops/${workshop.id}/summary`;
    const headers = { authorization: `Bearer ${facilitator}`, 'content-type': 'application/json' };
    const saved = await fetch(url, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ summary: '  Vi ber om fartsdumper ved skolen – æøå.  ' }),
    });
    expect(await saved.json()).toEqual({ summary: 'Vi ber om fartsdumper ved skolen – æøå.' });
    expect(await (await get(url, facilitator)).json()).toEqual({
      summary: 'Vi ber om fartsdumper ved skolen – æøå.',
    });
    const markdown = await (await get(exportUrl(server, workshop.id, 'md'), facilitator)).text();
    expect(markdown).toContain('## Oppsummering\n\nVi ber om fartsdumper ved skolen – æøå.');
    expect(markdown).toContain('Bilene kjører for fort ved Ås skole');
    const tooLong = await fetch(url, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ summary: 'x'.repeat(10_001) }),
    });
    expect(tooLong.status).toBe(400);
  });
});

describe('importing an export.json', () => {
  async function importFile(server: TestServer, file: unknown, query = '') {
    const response = await fetch(`${server.url}/api/workshops/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(file),
    });
    return { status: response.status, body: (await response.json()) as ImportWorkshopReply };
  }

  /** What must survive a round trip: the items as placed, and the meetup's record. */
  const essence = (file: WorkshopExport) => ({
    workshop: { ...file.workshop, createdAt: undefined },
    items: file.items.map(({ id, votes, item }) => ({ id, votes, item })),
    phases: file.phases.map((run) => ({ ...run, endedAt: undefined })),
    votes: file.votes,
    airtime: file.airtime,
    byRole: file.participants.byRole,
  });

  it('IMPORT-1 makes a new workshop with new keys that exports the same items, votes and history', async () => {
    const server = await startServer();
    const { workshop, facilitator } = await meetup(server);
    await postAction(server.url, workshop.id, facilitator, { type: 'setPhase', phase: 'design' });
    const original = await exportJson(server, workshop.id, facilitator);

    const imported = await importFile(server, original);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ skippedItems: 0 });
    expect(imported.body.id).not.toBe(workshop.id);
    expect(imported.body.joinCode).not.toBe(workshop.joinCode);
    expect(imported.body.facilitatorKey).not.toBe(workshop.facilitatorKey);
    expect(imported.body.facilitatorUrl).toContain(`/w/${imported.body.id}/facilitator#key=`);

    const copy = imported.body as CreateWorkshopReply;
    const copyToken = (await joinAsFacilitator(server.url, copy)).token;
    const again = await exportJson(server, copy.id, copyToken);
    expect(essence(again)).toEqual(essence(original));
  });

  it('IMPORT-2 as a template keeps the structure and prompts, not what people contributed', async () => {
    const server = await startServer();
    const { workshop, facilitator } = await meetup(server);
    const original = await exportJson(server, workshop.id, facilitator);
    const imported = await importFile(server, original, '?as=template');
    expect(imported.status).toBe(201);
    const copy = imported.body as CreateWorkshopReply;
    const template = await exportJson(
      server,
      copy.id,
      (await joinAsFacilitator(server.url, copy)).token,
    );
    const types = new Set(template.items.map((entry) => entry.item.type));
    expect(types).toEqual(new Set(['frame', 'text']));
    expect(template.items).toHaveLength(
      original.items.filter((entry) => ['frame', 'text'].includes(entry.item.type)).length,
    );
    for (const { item, votes } of template.items) {
      expect(votes).toBe(0);
      expect(item).not.toHaveProperty('authorRole');
      expect(item).not.toHaveProperty('anonymous');
    }
    expect(template.votes).toEqual([]);
    expect(template.phases).toEqual([]);
    expect(template.airtime.turns).toBe(0);
    expect(template.workshop.summary).toBe('');
    expect(template.participants.byRole.innbygger).toBe(0);
  });

  it('refuses a file that is not an export (400) or too large (413)', async () => {
    const server = await startServer();
    const wrong = await importFile(server, { format: 'something-else', version: 1 });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    const huge = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'moteplass-workshop', padding: 'x'.repeat(10 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });
});
