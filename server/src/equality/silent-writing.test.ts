import {
  BOARD_ITEMS,
  SILENT_WRITING_KEY,
  TIMER_KEY,
  parseBoardItem,
  readSilentWriting,
  readTimer,
  type BoardItem,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { waitFor } from '../rooms/fakes.js';
import { closeTestRooms, actionSetup, errorCode } from '../actions/testing.js';

afterEach(closeTestRooms);

const notesOf = (doc: Y.Doc): BoardItem[] =>
  [...doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).values()]
    .map((item) => parseBoardItem(item.toJSON()))
    .filter((item): item is BoardItem => item?.type === 'note');

const start = { type: 'startSilentWriting', phase: 'explore', reveal: 'anonymous' } as const;
const save = (text: string, draftId?: string) =>
  ({ type: 'saveDraft', text, phase: 'explore', ...(draftId ? { draftId } : {}) }) as const;

describe('silent writing', () => {
  it('starts with the shared timer and says so in the control document', async () => {
    const { act, people, storedControl } = await actionSetup();
    expect(await errorCode(act(people.kari, start))).toBe('FORBIDDEN');
    await act(people.facilitator, { ...start, seconds: 300 }, 1_000);
    const control = await storedControl();
    expect(readSilentWriting(control.get(SILENT_WRITING_KEY)).active).toMatchObject({
      phase: 'explore',
      reveal: 'anonymous',
      startedAt: 1_000,
      endsAt: 301_000,
    });
    expect(readTimer(control.get(TIMER_KEY))).toMatchObject({ status: 'running', endsAt: 301_000 });
    expect(await errorCode(act(people.facilitator, start))).toBe('SILENT_WRITING_ACTIVE');
  });

  it('DRAFT-1: keeps drafts per author, out of every shared document', async () => {
    const { act, people, storage, workshop, storedBoard, storedControl } = await actionSetup();
    expect(await errorCode(act(people.kari, save('for tidlig')))).toBe('NO_SILENT_WRITING');
    await act(people.facilitator, start);
    const { draftId } = (await act(people.kari, save('Hemmelig utkast'))) as { draftId: string };
    await act(people.kari, save('Hemmelig utkast, endret'), 5);
    await act(people.kari, save('Hemmelig utkast, endret igjen', draftId));
    // Someone else's draft id is not theirs to write or delete.
    expect(await errorCode(act(people.ola, save('Ola overskriver', draftId)))).toBe(
      'DRAFT_NOT_FOUND',
    );
    expect(await errorCode(act(people.ola, { type: 'deleteDraft', draftId }))).toBe(
      'DRAFT_NOT_FOUND',
    );
    expect(await errorCode(act(people.kari, { ...save('x'), phase: 'design' }))).toBe(
      'WRONG_PHASE',
    );
    const mine = await storage.equality.listDrafts(workshop.id, people.kari.participantId);
    expect(mine.map((d) => d.text)).toEqual([
      'Hemmelig utkast, endret igjen',
      'Hemmelig utkast, endret',
    ]);
    expect(await storage.equality.listDrafts(workshop.id, people.ola.participantId)).toEqual([]);
    const shared = JSON.stringify([
      (await storedBoard()).getMap(BOARD_ITEMS).toJSON(),
      (await storedControl()).toJSON(),
    ]);
    expect(shared).not.toContain('Hemmelig');
  });

  it('reveals all drafts at once as anonymous notes in the phase, and deletes the drafts', async () => {
    const { act, people, storage, workshop, storedBoard, storedControl } = await actionSetup();
    await act(people.facilitator, start);
    await act(people.kari, save('Kari sin idé'));
    await act(people.ola, save('Ola sin idé'));
    await act(people.ola, save('   '));
    expect(await errorCode(act(people.kari, { type: 'revealDrafts' }))).toBe('FORBIDDEN');
    expect(await act(people.facilitator, { type: 'revealDrafts' }, 9_000)).toEqual({
      ok: true,
      notes: 2,
      reveal: 'anonymous',
    });
    const notes = notesOf(await storedBoard());
    expect(notes.map((n) => (n.type === 'note' ? n.text : '')).sort()).toEqual([
      'Kari sin idé',
      'Ola sin idé',
    ]);
    for (const note of notes) {
      expect(note).toMatchObject({ anonymous: true, phase: 'explore', createdAt: 9_000 });
      expect(note).not.toHaveProperty('author');
    }
    expect(await storage.equality.listDrafts(workshop.id, people.kari.participantId)).toEqual([]);
    expect(readSilentWriting((await storedControl()).get(SILENT_WRITING_KEY))).toEqual({
      active: null,
      lastReveal: { phase: 'explore', reveal: 'anonymous', revealedAt: 9_000, notes: 2 },
    });
    expect(await errorCode(act(people.kari, save('for sent')))).toBe('NO_SILENT_WRITING');
    expect(await errorCode(act(people.facilitator, { type: 'revealDrafts' }))).toBe(
      'NO_SILENT_WRITING',
    );
  });

  it('DRAFT-2: a reveal whose board write fails keeps every draft, private, and a retry reveals them once', async () => {
    const { act, people, storage, workshop, storedBoard, storedControl } = await actionSetup();
    await act(people.facilitator, start);
    await act(people.kari, save('Kari sin idé'));
    await act(people.ola, save('Ola sin idé'));
    storage.failAppends = new Error('storage briefly down');
    const failed = await act(people.facilitator, { type: 'revealDrafts' }, 9_000).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(failed).toBeInstanceOf(Error);
    storage.failAppends = null;

    // Nothing reached the board or the control document; the round is closed,
    // its drafts fixed and still nobody's to read, not even their author's.
    const shared = JSON.stringify([
      (await storedBoard()).getMap(BOARD_ITEMS).toJSON(),
      (await storedControl()).toJSON(),
    ]);
    expect(shared).not.toContain('sin idé');
    expect(
      readSilentWriting((await storedControl()).get(SILENT_WRITING_KEY)).active,
    ).not.toBeNull();
    expect(await storage.equality.listDrafts(workshop.id, people.kari.participantId)).toEqual([]);
    expect(await errorCode(act(people.kari, save('for sent')))).toBe('NO_SILENT_WRITING');
    expect(await errorCode(act(people.facilitator, start))).toBe('SILENT_WRITING_ACTIVE');

    expect(await act(people.facilitator, { type: 'revealDrafts' }, 10_000)).toEqual({
      ok: true,
      notes: 2,
      reveal: 'anonymous',
    });
    const texts = notesOf(await storedBoard()).map((n) => (n.type === 'note' ? n.text : ''));
    expect(texts.sort()).toEqual(['Kari sin idé', 'Ola sin idé']);
    expect(readSilentWriting((await storedControl()).get(SILENT_WRITING_KEY))).toMatchObject({
      active: null,
      lastReveal: { revealedAt: 10_000, notes: 2 },
    });
    expect(await errorCode(act(people.facilitator, { type: 'revealDrafts' }))).toBe(
      'NO_SILENT_WRITING',
    );
    expect(notesOf(await storedBoard())).toHaveLength(2);
    // Revealed for good: the next round starts empty.
    await act(people.facilitator, start);
    expect((await storage.equality.claimReveal(workshop.id, 'check', 11_000)).status).toBe(
      'claimed',
    );
  });

  it('DRAFT-2: two reveals at once publish the drafts once', async () => {
    const { act, people, storage, storedBoard } = await actionSetup();
    await act(people.facilitator, start);
    await act(people.kari, save('Kari sin idé'));
    // The first reveal holds its claim while its board write waits.
    storage.hold();
    const appendsBefore = storage.appendCalls.length;
    const first = act(people.facilitator, { type: 'revealDrafts' });
    await waitFor(() => storage.appendCalls.length > appendsBefore);
    expect(await errorCode(act(people.facilitator, { type: 'revealDrafts' }))).toBe(
      'NO_SILENT_WRITING',
    );
    storage.release();
    expect(await first).toMatchObject({ notes: 1 });
    expect(notesOf(await storedBoard())).toHaveLength(1);
  });

  it('reveals attributed drafts with their author and role when the facilitator chose so', async () => {
    const { act, people, storedBoard } = await actionSetup();
    await act(people.facilitator, { ...start, reveal: 'attributed' });
    await act(people.siri, save('Siri sin idé'));
    await act(people.facilitator, { type: 'revealDrafts' });
    expect(notesOf(await storedBoard())).toEqual([
      expect.objectContaining({
        text: 'Siri sin idé',
        author: people.siri.participantId,
        authorRole: 'politiker',
      }),
    ]);
  });

  it('limits the drafts one person keeps in a round', async () => {
    const { act, people } = await actionSetup();
    await act(people.facilitator, start);
    const saves = await Promise.allSettled(
      Array.from({ length: 35 }, (_, i) => act(people.kari, save(`utkast ${i}`))),
    );
    expect(saves.filter((s) => s.status === 'fulfilled')).toHaveLength(30);
    expect(await errorCode(act(people.kari, save('ett til')))).toBe('TOO_MANY_DRAFTS');
  });
});
