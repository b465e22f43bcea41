import { BOARD_ITEMS } from '@moteplass/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { closeTestRooms, actionSetup, errorCode } from '../actions/testing.js';

afterEach(closeTestRooms);

const texts = (doc: Y.Doc) =>
  [...doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).values()]
    .filter((item) => item.get('type') === 'note')
    .map((item) => item.get('text'))
    .sort();

describe('DRAFT-2: the drafts are deleted only once their notes are in storage', () => {
  it('keeps every draft when the board room says it stored the notes but storage does not hold them', async () => {
    const { act, people, storage, workshop, storedBoard, rooms } = await actionSetup();
    await act(people.facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'anonymous',
    });
    await act(people.kari, { type: 'saveDraft', text: 'Kari sin idé', phase: 'explore' });
    await act(people.ola, { type: 'saveDraft', text: 'Ola sin idé', phase: 'explore' });

    // A room that has stopped storing without saying so (issue 16, finding 1):
    // board appends "succeed" and keep nothing.
    const batchOriginal = storage.documents.appendBatch.bind(storage.documents);
    const batch = vi.spyOn(storage.documents, 'appendBatch').mockImplementation(async (entries) => {
      const kept = entries.filter((entry) => entry.room !== 'board');
      const seqs = kept.length > 0 ? await batchOriginal(kept) : [];
      return entries.map((entry) => (entry.room === 'board' ? 1 : seqs.shift()!));
    });
    const singleOriginal = storage.documents.append.bind(storage.documents);
    const single = vi
      .spyOn(storage.documents, 'append')
      .mockImplementation(async (workshopId, room, updates) =>
        room === 'board' ? 1 : singleOriginal(workshopId, room, updates),
      );
    expect(await errorCode(act(people.facilitator, { type: 'revealDrafts' }))).toBe('UNAVAILABLE');
    batch.mockRestore();
    single.mockRestore();
    // The room is loaded again from what storage holds (as after a restart).
    await rooms.closeAll(1001, 'reloading');

    // The drafts are still there, for the retry to reveal.
    const claim = await storage.equality.claimReveal(workshop.id, 'check', Date.now());
    expect(claim.status === 'claimed' && claim.drafts.map((draft) => draft.text).sort()).toEqual([
      'Kari sin idé',
      'Ola sin idé',
    ]);
    await storage.equality.releaseReveal(
      workshop.id,
      claim.status === 'claimed' ? claim.round.id : '',
      'check',
    );
    expect(await act(people.facilitator, { type: 'revealDrafts' })).toMatchObject({ notes: 2 });
    expect(texts(await storedBoard())).toEqual(['Kari sin idé', 'Ola sin idé']);
  });
});
