import { BOARD_ITEMS, type MyDraftsReply, type RoomName } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { MemoryDocuments, MemoryStorage, type DocumentAppend } from '../src/storage/index.js';
import { equalityWorkshop, rawClient, receivedBytes, untilReceived } from './equality-helper.js';
import { cleanup } from './helper.js';

afterEach(cleanup);

const SECRET = 'Hemmelig-utkast-æøå-4242';
/** Memory documents whose next board append fails, as when the database is briefly down. */
class FlakyBoardDocuments extends MemoryDocuments {
  failNextBoardAppend = false;

  private failOnce(rooms: readonly string[]): void {
    if (!this.failNextBoardAppend || !rooms.includes('board')) return;
    this.failNextBoardAppend = false;
    throw new Error('storage briefly down');
  }

  override async append(workshopId: string, room: RoomName, updates: Uint8Array[]) {
    this.failOnce([room]);
    return super.append(workshopId, room, updates);
  }

  override async appendBatch(entries: readonly DocumentAppend[]) {
    this.failOnce(entries.map((entry) => entry.room));
    return super.appendBatch(entries);
  }
}

class FlakyBoardStorage extends MemoryStorage {
  override readonly documents = new FlakyBoardDocuments();
}

const texts = (doc: Y.Doc) =>
  [...doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).values()].map((item) => item.get('text'));

describe('DRAFT-1: drafts are private until the reveal', () => {
  it('nobody else — not a raw client, not the facilitator — can read a draft before revealDrafts', async () => {
    const storage = new MemoryStorage();
    const { server, workshop, people, act, get } = await equalityWorkshop({ storage });
    const board = await rawClient(server.wsUrl, workshop.id, 'board', people.ola.token);
    const control = await rawClient(server.wsUrl, workshop.id, 'control', people.facilitator.token);
    await act(people.facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'anonymous',
      seconds: 120,
    });
    const saved = await act(people.kari, { type: 'saveDraft', text: SECRET, phase: 'explore' });
    expect(saved).toMatchObject({ status: 200, body: { ok: true, draftId: expect.any(String) } });

    // The author gets it back (a reload); nobody else does, whatever they ask.
    const own = (await get(people.kari, '/drafts')).body as MyDraftsReply;
    expect(own.drafts.map((draft) => draft.text)).toEqual([SECRET]);
    for (const other of [people.ola, people.facilitator]) {
      expect(((await get(other, '/drafts')).body as MyDraftsReply).drafts).toEqual([]);
    }
    const { draftId } = saved.body as { draftId: string };
    const overwrite = { type: 'saveDraft', draftId, text: 'stjålet', phase: 'explore' };
    expect((await act(people.ola, overwrite)).status).toBe(404);
    expect((await act(people.ola, { type: 'deleteDraft', draftId })).status).toBe(404);

    // Nothing of it travelled to anybody's board or control document.
    await act(people.facilitator, { type: 'setSpeakingRules', turnLimitSeconds: 30 });
    await untilReceived(control, (doc) => JSON.stringify(doc.getMap('workshop')).includes('30'));
    expect(receivedBytes(board).includes(SECRET)).toBe(false);
    expect(receivedBytes(control).includes(SECRET)).toBe(false);
    // In storage it is the author's, in the open round.
    const stored = await storage.equality.listDrafts(workshop.id, people.kari.participantId);
    expect(stored).toEqual([
      expect.objectContaining({ text: SECRET, participantId: people.kari.participantId }),
    ]);

    // The reveal publishes it to everyone at once and deletes the draft.
    expect(await act(people.facilitator, { type: 'revealDrafts' })).toMatchObject({
      status: 200,
      body: { notes: 1, reveal: 'anonymous' },
    });
    await untilReceived(board, (doc) => texts(doc).includes(SECRET));
    expect(await storage.equality.listDrafts(workshop.id, people.kari.participantId)).toEqual([]);
    expect(((await get(people.kari, '/drafts')).body as MyDraftsReply).drafts).toEqual([]);
  });
});

describe('DRAFT-2: nothing is lost when the reveal cannot write the board', () => {
  it('a failed reveal keeps the drafts private and a retry reveals each exactly once', async () => {
    const storage = new FlakyBoardStorage();
    const { server, workshop, people, act, get } = await equalityWorkshop({ storage });
    await act(people.facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'anonymous',
    });
    await act(people.kari, { type: 'saveDraft', text: SECRET, phase: 'explore' });
    await act(people.ola, { type: 'saveDraft', text: 'Ola sitt utkast', phase: 'explore' });
    const watcher = await rawClient(server.wsUrl, workshop.id, 'board', people.siri.token);

    storage.documents.failNextBoardAppend = true;
    expect((await act(people.facilitator, { type: 'revealDrafts' })).status).toBe(500);
    expect(storage.documents.failNextBoardAppend).toBe(false);

    // The round is closed and its drafts are kept, still nobody's to read.
    for (const who of [people.kari, people.ola, people.facilitator]) {
      expect(((await get(who, '/drafts')).body as MyDraftsReply).drafts).toEqual([]);
    }
    expect(receivedBytes(watcher).includes(SECRET)).toBe(false);
    const late = { type: 'saveDraft', text: 'for sent', phase: 'explore' };
    expect(await act(people.kari, late)).toMatchObject({
      status: 409,
      body: { error: { code: 'NO_SILENT_WRITING' } },
    });

    expect(await act(people.facilitator, { type: 'revealDrafts' })).toMatchObject({
      status: 200,
      body: { notes: 2, reveal: 'anonymous' },
    });
    const board = await rawClient(server.wsUrl, workshop.id, 'board', people.siri.token);
    const doc = await untilReceived(board, (d) => texts(d).includes(SECRET));
    const notes = [...doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).values()]
      .filter((item) => item.get('type') === 'note')
      .map((item) => item.get('text'));
    expect(notes.sort()).toEqual(['Ola sitt utkast', SECRET].sort());
    expect((await act(people.facilitator, { type: 'revealDrafts' })).status).toBe(409);
    // The drafts are gone now that their notes are stored.
    expect(await storage.equality.claimReveal(workshop.id, 'check', Date.now())).toEqual({
      status: 'none',
    });
  });
});
