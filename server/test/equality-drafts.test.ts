import { BOARD_ITEMS, type MyDraftsReply } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { MemoryStorage } from '../src/storage/index.js';
import { equalityWorkshop, rawClient, receivedBytes, untilReceived } from './equality-helper.js';
import { cleanup } from './helper.js';

afterEach(cleanup);

const SECRET = 'Hemmelig-utkast-æøå-4242';
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
    const stored = await storage.listDrafts(workshop.id, people.kari.participantId);
    expect(stored).toEqual([
      expect.objectContaining({ text: SECRET, participantId: people.kari.participantId }),
    ]);

    // The reveal publishes it to everyone at once and deletes the draft.
    expect(await act(people.facilitator, { type: 'revealDrafts' })).toMatchObject({
      status: 200,
      body: { notes: 1, reveal: 'anonymous' },
    });
    await untilReceived(board, (doc) => texts(doc).includes(SECRET));
    expect(await storage.listDrafts(workshop.id, people.kari.participantId)).toEqual([]);
    expect(((await get(people.kari, '/drafts')).body as MyDraftsReply).drafts).toEqual([]);
  });
});
