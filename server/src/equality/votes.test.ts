import { VOTE_KEY, VOTE_RESULTS_KEY, readOpenVote, readVoteResults } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestRooms, actionSetup, errorCode } from '../actions/testing.js';

afterEach(closeTestRooms);

async function withNotes() {
  const setup = await actionSetup();
  const { act, people } = setup;
  await act(people.facilitator, { type: 'setAnonymity', mode: 'off', allowSingle: true });
  const add = async (text: string, phase: 'explore' | 'design' = 'explore') =>
    (await act(people.kari, { type: 'addAnonymousNote', text, phase })).itemId as string;
  const notes = { a: await add('A'), b: await add('B'), c: await add('C', 'design') };
  return { ...setup, notes };
}

describe('dot voting', () => {
  it('startVote and closeVote are the facilitator’s; one vote at a time', async () => {
    const { act, people } = await withNotes();
    const start = { type: 'startVote', dotsPerParticipant: 2 } as const;
    expect(await errorCode(act(people.kari, start))).toBe('FORBIDDEN');
    expect(await errorCode(act(people.kari, { type: 'closeVote' }))).toBe('FORBIDDEN');
    await act(people.facilitator, start);
    expect(await errorCode(act(people.facilitator, start))).toBe('VOTE_ALREADY_OPEN');
    await act(people.facilitator, { type: 'closeVote' });
    expect(await errorCode(act(people.facilitator, { type: 'closeVote' }))).toBe('NO_OPEN_VOTE');
  });

  it('VOTE-1: refuses dots beyond the budget, also in a concurrent burst', async () => {
    const { act, people, notes } = await withNotes();
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 3 });
    const burst = await Promise.allSettled(
      Array.from({ length: 10 }, () => act(people.ola, { type: 'castVote', itemId: notes.a })),
    );
    expect(burst.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(await errorCode(act(people.ola, { type: 'castVote', itemId: notes.b }))).toBe(
      'VOTE_BUDGET_EXHAUSTED',
    );
    expect(await act(people.ola, { type: 'retractVote', itemId: notes.a })).toEqual({
      ok: true,
      voteId: expect.any(String),
      dots: [notes.a, notes.a],
      remaining: 1,
    });
    expect(await errorCode(act(people.ola, { type: 'retractVote', itemId: notes.b }))).toBe(
      'NO_DOT_TO_RETRACT',
    );
  });

  it('only notes on the ballot: the phase’s notes, not frames or other phases', async () => {
    const { act, people, notes } = await withNotes();
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 3, phase: 'explore' });
    for (const itemId of [notes.c, 'frame-explore', 'missing']) {
      expect(await errorCode(act(people.ola, { type: 'castVote', itemId }))).toBe(
        'ITEM_NOT_VOTABLE',
      );
    }
  });

  it('a frame vote takes the notes inside the frame', async () => {
    const { act, people, notes } = await withNotes();
    const inFrame = { type: 'startVote', dotsPerParticipant: 1, frameId: 'frame-design' } as const;
    await act(people.facilitator, inFrame);
    expect(await act(people.ola, { type: 'castVote', itemId: notes.c })).toMatchObject({
      ok: true,
    });
    expect(await errorCode(act(people.siri, { type: 'castVote', itemId: notes.a }))).toBe(
      'ITEM_NOT_VOTABLE',
    );
  });

  it('forbids votes on one’s own attributed notes when asked to', async () => {
    const { act, people, storedBoard, notes } = await withNotes();
    await act(people.facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'attributed',
    });
    await act(people.ola, { type: 'saveDraft', text: 'Olas egen', phase: 'explore' });
    await act(people.facilitator, { type: 'revealDrafts' });
    const board = (await storedBoard()).getMap<{ get(key: string): unknown }>('items');
    const own = [...board.entries()].find(([, item]) => item.get('text') === 'Olas egen')![0];
    await act(people.facilitator, {
      type: 'startVote',
      dotsPerParticipant: 2,
      forbidOwnNotes: true,
    });
    expect(await errorCode(act(people.ola, { type: 'castVote', itemId: own }))).toBe(
      'OWN_NOTE_VOTE_FORBIDDEN',
    );
    await act(people.kari, { type: 'castVote', itemId: own });
    await act(people.ola, { type: 'castVote', itemId: notes.a });
  });

  it('VOTE-2: no tallies in the control document while open; tallies after close', async () => {
    const { act, people, notes, storedControl } = await withNotes();
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 2 }, 100);
    await act(people.kari, { type: 'castVote', itemId: notes.a });
    await act(people.kari, { type: 'castVote', itemId: notes.a });
    await act(people.ola, { type: 'castVote', itemId: notes.b });
    const open = await storedControl();
    expect(readOpenVote(open.get(VOTE_KEY))).toMatchObject({ voters: 2, votersDone: 1 });
    const visible = JSON.stringify(open.toJSON());
    expect(visible).not.toContain(notes.a);
    expect(visible).not.toContain(notes.b);

    const closed = await act(people.facilitator, { type: 'closeVote' }, 900);
    expect(closed.tallies).toEqual([
      { itemId: notes.a, count: 2 },
      { itemId: notes.b, count: 1 },
    ]);
    const control = await storedControl();
    expect(control.get(VOTE_KEY)).toBeNull();
    expect(readVoteResults(control.get(VOTE_RESULTS_KEY))).toEqual([
      expect.objectContaining({ phase: 'explore', openedAt: 100, closedAt: 900, voters: 2 }),
    ]);
    expect(await errorCode(act(people.ola, { type: 'castVote', itemId: notes.a }))).toBe(
      'NO_OPEN_VOTE',
    );
  });
});
