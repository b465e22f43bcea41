import { beforeEach, expect, it } from 'vitest';
import type { Storage } from '../types.js';
import { sampleParticipant, sampleWorkshop } from './fixtures.js';

const bytes = (...values: number[]) => new Uint8Array(values);

/**
 * `storage.deleteWorkshop`: a workshop leaves every part at once (each part's
 * own suite checks that its data goes too).
 */
export function describeDeletingContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  it('STORE-2: leaves no participants, documents or updates behind', async () => {
    const doomed = sampleWorkshop();
    const kept = sampleWorkshop();
    await storage.workshops.create(doomed);
    await storage.workshops.create(kept);
    for (const workshop of [doomed, kept]) {
      await storage.workshops.addParticipant(sampleParticipant(workshop.id));
      await storage.documents.append(workshop.id, 'board', [bytes(1)]);
      await storage.documents.compact(workshop.id, 'board', bytes(2), 0);
      await storage.documents.append(workshop.id, 'control', [bytes(3)]);
    }

    await storage.deleteWorkshop(doomed.id);

    const empty = { snapshot: null, updates: [], lastSeq: 0 };
    expect(await storage.workshops.get(doomed.id)).toBeNull();
    expect(await storage.workshops.listParticipants(doomed.id)).toEqual([]);
    expect(await storage.documents.load(doomed.id, 'board')).toEqual(empty);
    expect(await storage.documents.load(doomed.id, 'control')).toEqual(empty);
    expect(await storage.workshops.listParticipants(kept.id)).toHaveLength(1);
    expect(await storage.documents.load(kept.id, 'board')).toMatchObject({
      snapshot: bytes(2),
      updates: [bytes(1)],
    });
    expect((await storage.documents.load(kept.id, 'control')).updates).toEqual([bytes(3)]);
  });

  it('STORE-2: takes the workshop out of every part, and leaves other workshops and meta', async () => {
    const doomed = sampleWorkshop();
    const kept = sampleWorkshop();
    await storage.meta.setIfAbsent('tokenSecret', 'stays');
    for (const workshop of [doomed, kept]) {
      const workshopId = workshop.id;
      await storage.workshops.create(workshop);
      await storage.workshops.setCaseFileSummary(workshopId, 'Oppsummering');
      await storage.images.put({
        workshopId,
        id: 'img',
        mime: 'image/png',
        bytes: bytes(1),
        createdAt: 1,
      });
      const round = {
        id: `round-${workshopId}`,
        workshopId,
        phase: 'explore' as const,
        openedAt: 1,
      };
      await storage.equality.openSilentRound({ ...round, closedAt: null });
      await storage.equality.saveDraft(
        {
          id: `draft-${workshopId}`,
          workshopId,
          roundId: round.id,
          participantId: 'kari',
          phase: 'explore',
          text: 'Utkast',
          updatedAt: 2,
        },
        { create: true, maxPerParticipant: 3 },
      );
      const vote = {
        id: `vote-${workshopId}`,
        workshopId,
        dotsPerParticipant: 3,
        phase: null,
        frameId: null,
        pollId: null,
        groupId: null,
        allGroups: false,
        forbidOwnNotes: false,
        openedAt: 1,
        closedAt: null,
        result: null,
      };
      await storage.equality.openVote(vote);
      await storage.equality.castDot(workshopId, vote.id, 'kari', 'note-1');
    }

    await storage.deleteWorkshop(doomed.id);

    const parts = async (workshopId: string) => ({
      workshop: (await storage.workshops.get(workshopId)) !== null,
      summary: await storage.workshops.getCaseFileSummary(workshopId),
      image: (await storage.images.get(workshopId, 'img')) !== null,
      imageBytes: await storage.images.bytesTotal(workshopId),
      round: (await storage.equality.getOpenSilentRound(workshopId)) !== null,
      drafts: (await storage.equality.listDrafts(workshopId, 'kari')).length,
      votes: (await storage.equality.listVotes(workshopId)).length,
      dots: (await storage.equality.listDots(workshopId, `vote-${workshopId}`, 'kari')).length,
    });
    expect(await parts(doomed.id)).toEqual({
      workshop: false,
      summary: '',
      image: false,
      imageBytes: 0,
      round: false,
      drafts: 0,
      votes: 0,
      dots: 0,
    });
    expect(await parts(kept.id)).toEqual({
      workshop: true,
      summary: 'Oppsummering',
      image: true,
      imageBytes: 1,
      round: true,
      drafts: 1,
      votes: 1,
      dots: 1,
    });
    expect(await storage.meta.get('tokenSecret')).toBe('stays');
  });

  it('accepts an unknown id', async () => {
    await expect(storage.deleteWorkshop('unknown')).resolves.toBeUndefined();
  });
}
