import { beforeEach, describe, expect, it } from 'vitest';
import type { DraftRecord, VoteRecord } from './equality-types.js';
import { sampleParticipant, sampleWorkshop } from './fixtures.js';
import type { Storage } from './types.js';

/**
 * The storage contract for drafts and votes (equality controls), run inside
 * `describeStorageContract` for every implementation. `current()` is the
 * storage of the running test.
 */
export function describeEqualityContract(current: () => Storage): void {
  let storage: Storage;
  let workshopId: string;
  let counter = 0;
  beforeEach(async () => {
    storage = current();
    const workshop = sampleWorkshop();
    await storage.createWorkshop(workshop);
    workshopId = workshop.id;
  });

  const round = (id = `round-${++counter}`) => ({
    id,
    workshopId,
    phase: 'explore' as const,
    openedAt: 1,
    closedAt: null,
  });
  const draft = (overrides: Partial<DraftRecord>): DraftRecord => ({
    id: `draft-${++counter}`,
    workshopId,
    roundId: 'r1',
    participantId: 'kari',
    phase: 'explore',
    text: 'Et utkast',
    updatedAt: 2,
    ...overrides,
  });
  const vote = (overrides: Partial<VoteRecord> = {}): VoteRecord => ({
    id: `vote-${++counter}`,
    workshopId,
    dotsPerParticipant: 3,
    phase: 'design',
    frameId: null,
    forbidOwnNotes: false,
    openedAt: 10,
    closedAt: null,
    result: null,
    ...overrides,
  });
  const create = { create: true, maxPerParticipant: 3 };

  describe('silent writing (DRAFT-1, DRAFT-2)', () => {
    it('keeps one open round per workshop', async () => {
      expect(await storage.openSilentRound(round('r1'))).toBe(true);
      expect(await storage.openSilentRound(round('r2'))).toBe(false);
      expect(await storage.getOpenSilentRound(workshopId)).toMatchObject({ id: 'r1' });
      expect(await storage.closeSilentRound(workshopId, 'r1', 5)).toEqual([]);
      expect(await storage.getOpenSilentRound(workshopId)).toBeNull();
      expect(await storage.openSilentRound(round('r3'))).toBe(true);
    });

    it('gives each author only their own drafts, and updates only their own', async () => {
      await storage.openSilentRound(round('r1'));
      const kari = draft({ id: 'd-kari', text: 'Kari skriver' });
      expect(await storage.saveDraft(kari, create)).toBe('saved');
      expect(await storage.saveDraft(draft({ participantId: 'ola' }), create)).toBe('saved');
      const stolen = { ...kari, participantId: 'ola', text: 'Ola overskriver' };
      expect(await storage.saveDraft(stolen, { ...create, create: false })).toBe('not-found');
      expect(await storage.deleteDraft(workshopId, 'ola', kari.id)).toBe(false);
      await storage.saveDraft(
        { ...kari, text: 'Kari endrer', updatedAt: 9 },
        { ...create, create: false },
      );
      expect(await storage.listDrafts(workshopId, 'kari')).toEqual([
        { ...kari, text: 'Kari endrer', updatedAt: 9 },
      ]);
      expect((await storage.listDrafts(workshopId, 'ola')).map((d) => d.text)).toEqual([
        'Et utkast',
      ]);
      expect(await storage.deleteDraft(workshopId, 'kari', kari.id)).toBe(true);
      expect(await storage.listDrafts(workshopId, 'kari')).toEqual([]);
    });

    it('refuses a draft beyond the limit, also from a concurrent burst', async () => {
      await storage.openSilentRound(round('r1'));
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () => storage.saveDraft(draft({}), create)),
      );
      expect(outcomes.filter((o) => o === 'saved')).toHaveLength(3);
      expect(outcomes.filter((o) => o === 'too-many')).toHaveLength(5);
    });

    it('closing hands back every draft once, deletes them, and refuses later saves', async () => {
      await storage.openSilentRound(round('r1'));
      await storage.saveDraft(draft({ participantId: 'kari' }), create);
      await storage.saveDraft(draft({ participantId: 'ola' }), create);
      const [first, second] = await Promise.all([
        storage.closeSilentRound(workshopId, 'r1', 7),
        storage.closeSilentRound(workshopId, 'r1', 7),
      ]);
      expect([first?.length, second?.length].sort()).toEqual([2, undefined]);
      expect(await storage.listDrafts(workshopId, 'kari')).toEqual([]);
      expect(await storage.saveDraft(draft({}), create)).toBe('round-closed');
      expect(await storage.saveDraft(draft({ roundId: 'unknown' }), create)).toBe('round-closed');
    });
  });

  describe('dot votes (VOTE-1)', () => {
    it('keeps one open vote per workshop', async () => {
      const first = vote();
      expect(await storage.openVote(first)).toBe(true);
      expect(await storage.openVote(vote())).toBe(false);
      expect(await storage.getOpenVote(workshopId)).toEqual(first);
    });

    it('never lets a concurrent burst of dots exceed the budget', async () => {
      const open = vote({ dotsPerParticipant: 3 });
      await storage.openVote(open);
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          storage.castDot(workshopId, open.id, 'kari', `n${i % 2}`),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'cast')).toHaveLength(3);
      expect(outcomes.filter((o) => o.status === 'exhausted')).toHaveLength(9);
      expect(await storage.listDots(workshopId, open.id, 'kari')).toHaveLength(3);
    });

    it('lets dots stack on one note, retracts one at a time, and reports progress only', async () => {
      const open = vote({ dotsPerParticipant: 2 });
      await storage.openVote(open);
      await storage.castDot(workshopId, open.id, 'kari', 'n1');
      const second = await storage.castDot(workshopId, open.id, 'kari', 'n1');
      expect(second).toEqual({
        status: 'cast',
        dots: ['n1', 'n1'],
        progress: { voters: 1, votersDone: 1 },
      });
      const back = await storage.retractDot(workshopId, open.id, 'kari', 'n1');
      expect(back).toEqual({
        status: 'retracted',
        dots: ['n1'],
        progress: { voters: 1, votersDone: 0 },
      });
      expect(await storage.retractDot(workshopId, open.id, 'kari', 'n2')).toEqual({
        status: 'none',
        dots: ['n1'],
      });
      expect(await storage.listDots(workshopId, open.id, 'ola')).toEqual([]);
    });

    it('VOTE-3: closes once with sorted tallies, forgets who voted what, refuses later dots', async () => {
      const open = vote();
      await storage.openVote(open);
      await storage.castDot(workshopId, open.id, 'kari', 'n1');
      await storage.castDot(workshopId, open.id, 'ola', 'n2');
      await storage.castDot(workshopId, open.id, 'ola', 'n2');
      const closed = await storage.closeVote(workshopId, open.id, 20);
      expect(closed).toEqual({
        ...open,
        closedAt: 20,
        result: {
          voters: 2,
          tallies: [
            { itemId: 'n2', count: 2 },
            { itemId: 'n1', count: 1 },
          ],
        },
      });
      expect(await storage.closeVote(workshopId, open.id, 21)).toBeNull();
      expect(await storage.castDot(workshopId, open.id, 'kari', 'n1')).toEqual({
        status: 'closed',
      });
      expect(await storage.listDots(workshopId, open.id, 'ola')).toEqual([]);
      expect(await storage.getOpenVote(workshopId)).toBeNull();
      expect(await storage.listVotes(workshopId)).toEqual([closed]);
    });
  });

  it('deleting the workshop removes its drafts and votes', async () => {
    await storage.addParticipant(sampleParticipant(workshopId));
    await storage.openSilentRound(round('r1'));
    await storage.saveDraft(draft({}), create);
    const open = vote();
    await storage.openVote(open);
    await storage.castDot(workshopId, open.id, 'kari', 'n1');
    await storage.deleteWorkshop(workshopId);
    expect(await storage.getOpenSilentRound(workshopId)).toBeNull();
    expect(await storage.listDrafts(workshopId, 'kari')).toEqual([]);
    expect(await storage.listVotes(workshopId)).toEqual([]);
    expect(await storage.listDots(workshopId, open.id, 'kari')).toEqual([]);
  });
}
