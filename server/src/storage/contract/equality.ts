import { beforeEach, describe, expect, it } from 'vitest';
import { REVEAL_CLAIM_MS, type DraftRecord, type VoteRecord } from '../parts/equality.js';
import { sampleParticipant, sampleWorkshop } from './fixtures.js';
import type { Storage } from '../types.js';

/**
 * The storage contract for drafts and votes (equality controls), run inside
 * `describeStorageContract` (index.ts) for every implementation (`storage.equality`). `current()` is the
 * storage of the running test.
 */
export function describeEqualityContract(current: () => Storage): void {
  let storage: Storage;
  let workshopId: string;
  let counter = 0;
  beforeEach(async () => {
    storage = current();
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
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
    pollId: null,
    groupId: null,
    allGroups: false,
    forbidOwnNotes: false,
    openedAt: 10,
    closedAt: null,
    result: null,
    ...overrides,
  });
  const create = { create: true, maxPerParticipant: 3 };

  describe('silent writing (DRAFT-1, DRAFT-2)', () => {
    it('keeps one open round per workshop', async () => {
      expect(await storage.equality.openSilentRound(round('r1'))).toBe(true);
      expect(await storage.equality.openSilentRound(round('r2'))).toBe(false);
      expect(await storage.equality.getOpenSilentRound(workshopId)).toEqual({
        ...round('r1'),
        revealedAt: null,
      });
      expect(await storage.equality.claimReveal(workshopId, 'c1', 5)).toMatchObject({
        status: 'claimed',
        round: { id: 'r1', closedAt: 5, revealedAt: null },
        drafts: [],
      });
      expect(await storage.equality.getOpenSilentRound(workshopId)).toBeNull();
      // A round awaiting its reveal still blocks a new one.
      expect(await storage.equality.openSilentRound(round('r3'))).toBe(false);
      expect(await storage.equality.finishReveal(workshopId, 'r1', 'c1', 6)).toBe(true);
      expect(await storage.equality.openSilentRound(round('r3'))).toBe(true);
    });

    it('gives each author only their own drafts, and updates only their own', async () => {
      await storage.equality.openSilentRound(round('r1'));
      const kari = draft({ id: 'd-kari', text: 'Kari skriver' });
      expect(await storage.equality.saveDraft(kari, create)).toBe('saved');
      expect(await storage.equality.saveDraft(draft({ participantId: 'ola' }), create)).toBe(
        'saved',
      );
      const stolen = { ...kari, participantId: 'ola', text: 'Ola overskriver' };
      expect(await storage.equality.saveDraft(stolen, { ...create, create: false })).toBe(
        'not-found',
      );
      expect(await storage.equality.deleteDraft(workshopId, 'ola', kari.id)).toBe(false);
      await storage.equality.saveDraft(
        { ...kari, text: 'Kari endrer', updatedAt: 9 },
        { ...create, create: false },
      );
      expect(await storage.equality.listDrafts(workshopId, 'kari')).toEqual([
        { ...kari, text: 'Kari endrer', updatedAt: 9 },
      ]);
      expect((await storage.equality.listDrafts(workshopId, 'ola')).map((d) => d.text)).toEqual([
        'Et utkast',
      ]);
      expect(await storage.equality.deleteDraft(workshopId, 'kari', kari.id)).toBe(true);
      expect(await storage.equality.listDrafts(workshopId, 'kari')).toEqual([]);
    });

    it('refuses a draft beyond the limit, also from a concurrent burst', async () => {
      await storage.equality.openSilentRound(round('r1'));
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () => storage.equality.saveDraft(draft({}), create)),
      );
      expect(outcomes.filter((o) => o === 'saved')).toHaveLength(3);
      expect(outcomes.filter((o) => o === 'too-many')).toHaveLength(5);
    });

    it('DRAFT-2: a reveal closes the round and takes its drafts without deleting them, once', async () => {
      await storage.equality.openSilentRound(round('r1'));
      const kari = draft({ participantId: 'kari' });
      await storage.equality.saveDraft(kari, create);
      await storage.equality.saveDraft(draft({ participantId: 'ola' }), create);
      const [first, second] = await Promise.all([
        storage.equality.claimReveal(workshopId, 'c1', 7),
        storage.equality.claimReveal(workshopId, 'c2', 7),
      ]);
      const claims = [first, second];
      expect(claims.map((c) => c.status).sort()).toEqual(['busy', 'claimed']);
      const winner = first.status === 'claimed' ? 'c1' : 'c2';
      const claimed = claims.find((c) => c.status === 'claimed');
      expect(claimed?.status === 'claimed' && claimed.drafts.map((d) => d.participantId)).toEqual([
        'kari',
        'ola',
      ]);
      // Closed: nothing new, no edit, no delete, and not listed, not even to the author.
      expect(await storage.equality.saveDraft(draft({}), create)).toBe('round-closed');
      expect(
        await storage.equality.saveDraft({ ...kari, text: 'endret' }, { ...create, create: false }),
      ).toBe('round-closed');
      expect(await storage.equality.deleteDraft(workshopId, 'kari', kari.id)).toBe(false);
      expect(await storage.equality.listDrafts(workshopId, 'kari')).toEqual([]);
      expect(await storage.equality.getOpenSilentRound(workshopId)).toBeNull();
      expect(await storage.equality.claimReveal(workshopId, 'c3', 8)).toEqual({ status: 'busy' });
      // Only the claim's holder finishes it, once; then the drafts are gone.
      const loser = winner === 'c1' ? 'c2' : 'c1';
      expect(await storage.equality.finishReveal(workshopId, 'r1', loser, 9)).toBe(false);
      expect(await storage.equality.finishReveal(workshopId, 'r1', winner, 9)).toBe(true);
      expect(await storage.equality.finishReveal(workshopId, 'r1', winner, 9)).toBe(false);
      expect(await storage.equality.claimReveal(workshopId, 'c4', 10)).toEqual({ status: 'none' });
      expect(await storage.equality.openSilentRound(round('r2'))).toBe(true);
      expect(await storage.equality.claimReveal(workshopId, 'c5', 11)).toMatchObject({
        status: 'claimed',
        round: { id: 'r2' },
        drafts: [],
      });
      expect(await storage.equality.saveDraft(draft({ roundId: 'unknown' }), create)).toBe(
        'round-closed',
      );
    });

    it('DRAFT-2: a released reveal leaves the round closed with every draft, for a retry', async () => {
      await storage.equality.openSilentRound(round('r1'));
      await storage.equality.saveDraft(draft({ participantId: 'kari', text: 'Kari' }), create);
      await storage.equality.saveDraft(draft({ participantId: 'ola', text: 'Ola' }), create);
      const claim = await storage.equality.claimReveal(workshopId, 'c1', 7);
      expect(claim.status).toBe('claimed');
      await storage.equality.releaseReveal(workshopId, 'r1', 'someone-else');
      expect(await storage.equality.claimReveal(workshopId, 'c2', 8)).toEqual({ status: 'busy' });
      await storage.equality.releaseReveal(workshopId, 'r1', 'c1');
      expect(await storage.equality.saveDraft(draft({}), create)).toBe('round-closed');
      expect(await storage.equality.openSilentRound(round('r2'))).toBe(false);
      const retry = await storage.equality.claimReveal(workshopId, 'c3', 20);
      expect(retry).toEqual(claim.status === 'claimed' ? { ...claim } : null);
      expect(retry.status === 'claimed' && retry.round.closedAt).toBe(7);
      expect(await storage.equality.finishReveal(workshopId, 'r1', 'c1', 21)).toBe(false);
      expect(await storage.equality.finishReveal(workshopId, 'r1', 'c3', 21)).toBe(true);
      expect(await storage.equality.claimReveal(workshopId, 'c4', 22)).toEqual({ status: 'none' });
    });

    it('DRAFT-2: a claim left by a reveal that died runs out after REVEAL_CLAIM_MS', async () => {
      await storage.equality.openSilentRound(round('r1'));
      await storage.equality.saveDraft(draft({}), create);
      expect((await storage.equality.claimReveal(workshopId, 'c1', 1_000)).status).toBe('claimed');
      expect(
        await storage.equality.claimReveal(workshopId, 'c2', 1_000 + REVEAL_CLAIM_MS - 1),
      ).toEqual({
        status: 'busy',
      });
      const taken = await storage.equality.claimReveal(
        workshopId,
        'c2',
        1_000 + REVEAL_CLAIM_MS + 1,
      );
      expect(taken).toMatchObject({ status: 'claimed', round: { closedAt: 1_000 } });
      expect(taken.status === 'claimed' && taken.drafts).toHaveLength(1);
      expect(await storage.equality.finishReveal(workshopId, 'r1', 'c1', 5_000)).toBe(false);
      expect(await storage.equality.finishReveal(workshopId, 'r1', 'c2', 5_000)).toBe(true);
    });

    it('DRAFT-2: every save racing with the claim is either taken by it or refused', async () => {
      await storage.equality.openSilentRound(round('r1'));
      const people = Array.from({ length: 12 }, (_, i) => `p${i}`);
      const [claim, ...saves] = await Promise.all([
        storage.equality.claimReveal(workshopId, 'c1', 7),
        ...people.map((participantId) =>
          storage.equality.saveDraft(draft({ participantId }), create),
        ),
      ]);
      expect(saves.every((o) => o === 'saved' || o === 'round-closed')).toBe(true);
      expect(claim?.status).toBe('claimed');
      const taken = claim?.status === 'claimed' ? claim.drafts : [];
      expect(taken.map((d) => d.participantId).sort()).toEqual(
        people.filter((_, i) => saves[i] === 'saved').sort(),
      );
    });
  });

  describe('dot votes (VOTE-1)', () => {
    it('keeps one open vote per workshop', async () => {
      const first = vote();
      expect(await storage.equality.openVote(first)).toBe(true);
      expect(await storage.equality.openVote(vote())).toBe(false);
      expect(await storage.equality.getOpenVote(workshopId)).toEqual(first);
    });

    it("keeps a vote's scope: a poll, one group's frame, every group", async () => {
      const scopes: Partial<VoteRecord>[] = [
        { phase: null, pollId: 'poll-1' },
        { phase: null, frameId: 'frame-g', groupId: 'group-1' },
        { phase: 'prototype', allGroups: true },
      ];
      for (const [index, scope] of scopes.entries()) {
        const open = vote({ ...scope, openedAt: 10 + index });
        expect(await storage.equality.openVote(open)).toBe(true);
        expect(await storage.equality.getOpenVote(workshopId)).toEqual(open);
        await storage.equality.closeVote(workshopId, open.id, 20 + index);
      }
      const stored = await storage.equality.listVotes(workshopId);
      expect(
        stored.map(({ phase, frameId, pollId, groupId, allGroups }) => ({
          phase,
          frameId,
          pollId,
          groupId,
          allGroups,
        })),
      ).toEqual(
        scopes.map((scope) => ({
          phase: 'design',
          frameId: null,
          pollId: null,
          groupId: null,
          allGroups: false,
          ...scope,
        })),
      );
    });

    it('never lets a concurrent burst of dots exceed the budget', async () => {
      const open = vote({ dotsPerParticipant: 3 });
      await storage.equality.openVote(open);
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          storage.equality.castDot(workshopId, open.id, 'kari', `n${i % 2}`),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'cast')).toHaveLength(3);
      expect(outcomes.filter((o) => o.status === 'exhausted')).toHaveLength(9);
      expect(await storage.equality.listDots(workshopId, open.id, 'kari')).toHaveLength(3);
    });

    it('lets dots stack on one note, retracts one at a time, and reports progress only', async () => {
      const open = vote({ dotsPerParticipant: 2 });
      await storage.equality.openVote(open);
      await storage.equality.castDot(workshopId, open.id, 'kari', 'n1');
      const second = await storage.equality.castDot(workshopId, open.id, 'kari', 'n1');
      expect(second).toEqual({
        status: 'cast',
        dots: ['n1', 'n1'],
        progress: { voters: 1, votersDone: 1 },
      });
      const back = await storage.equality.retractDot(workshopId, open.id, 'kari', 'n1');
      expect(back).toEqual({
        status: 'retracted',
        dots: ['n1'],
        progress: { voters: 1, votersDone: 0 },
      });
      expect(await storage.equality.retractDot(workshopId, open.id, 'kari', 'n2')).toEqual({
        status: 'none',
        dots: ['n1'],
      });
      expect(await storage.equality.listDots(workshopId, open.id, 'ola')).toEqual([]);
    });

    it('reads the progress now: nobody, then voters and who has used every dot; null once closed', async () => {
      const open = vote({ dotsPerParticipant: 2 });
      await storage.equality.openVote(open);
      expect(await storage.equality.voteProgress(workshopId, open.id)).toEqual({
        voters: 0,
        votersDone: 0,
      });
      await storage.equality.castDot(workshopId, open.id, 'kari', 'n1');
      await storage.equality.castDot(workshopId, open.id, 'kari', 'n2');
      await storage.equality.castDot(workshopId, open.id, 'ola', 'n2');
      expect(await storage.equality.voteProgress(workshopId, open.id)).toEqual({
        voters: 2,
        votersDone: 1,
      });
      expect(await storage.equality.voteProgress('another-workshop', open.id)).toBeNull();
      await storage.equality.closeVote(workshopId, open.id, 20);
      expect(await storage.equality.voteProgress(workshopId, open.id)).toBeNull();
    });

    it('VOTE-3: closes once with sorted tallies, forgets who voted what, refuses later dots', async () => {
      const open = vote();
      await storage.equality.openVote(open);
      await storage.equality.castDot(workshopId, open.id, 'kari', 'n1');
      await storage.equality.castDot(workshopId, open.id, 'ola', 'n2');
      await storage.equality.castDot(workshopId, open.id, 'ola', 'n2');
      const closed = await storage.equality.closeVote(workshopId, open.id, 20);
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
      expect(await storage.equality.closeVote(workshopId, open.id, 21)).toBeNull();
      expect(await storage.equality.castDot(workshopId, open.id, 'kari', 'n1')).toEqual({
        status: 'closed',
      });
      expect(await storage.equality.listDots(workshopId, open.id, 'ola')).toEqual([]);
      expect(await storage.equality.getOpenVote(workshopId)).toBeNull();
      expect(await storage.equality.listVotes(workshopId)).toEqual([closed]);
    });
  });

  it('deleting the workshop removes its drafts and votes', async () => {
    await storage.workshops.addParticipant(sampleParticipant(workshopId));
    await storage.equality.openSilentRound(round('r1'));
    await storage.equality.saveDraft(draft({}), create);
    await storage.equality.claimReveal(workshopId, 'c1', 5);
    const open = vote();
    await storage.equality.openVote(open);
    await storage.equality.castDot(workshopId, open.id, 'kari', 'n1');
    await storage.deleteWorkshop(workshopId);
    expect(await storage.equality.getOpenSilentRound(workshopId)).toBeNull();
    expect(await storage.equality.claimReveal(workshopId, 'c2', REVEAL_CLAIM_MS * 2)).toEqual({
      status: 'none',
    });
    expect(await storage.equality.listDrafts(workshopId, 'kari')).toEqual([]);
    expect(await storage.equality.listVotes(workshopId)).toEqual([]);
    expect(await storage.equality.listDots(workshopId, open.id, 'kari')).toEqual([]);
  });
}
