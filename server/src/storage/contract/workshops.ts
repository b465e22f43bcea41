import { beforeEach, describe, expect, it } from 'vitest';
import { JoinCodeTakenError } from '../parts/workshops.js';
import type { Storage } from '../types.js';
import { sampleParticipant, sampleWorkshop } from './fixtures.js';

/** `storage.workshops`: workshops, join codes, participants, the case-file summary. */
export function describeWorkshopsContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  describe('workshops', () => {
    it('finds a created workshop by id and by join code', async () => {
      const workshop = sampleWorkshop({ title: 'Fremtidens bibliotek', language: 'nn' });
      await storage.workshops.create(workshop);
      expect(await storage.workshops.get(workshop.id)).toEqual(workshop);
      expect(await storage.workshops.getByJoinCode(workshop.joinCode)).toEqual(workshop);
      expect(await storage.workshops.get('unknown')).toBeNull();
      expect(await storage.workshops.getByJoinCode('NOPE42')).toBeNull();
    });

    it('updates only the patched fields, and ignores an unknown id', async () => {
      const workshop = sampleWorkshop();
      await storage.workshops.create(workshop);
      await storage.workshops.update(workshop.id, { title: 'Ny tittel', lastActivityAt: 42 });
      await storage.workshops.update('unknown', { title: 'Ingen' });
      expect(await storage.workshops.get(workshop.id)).toEqual({
        ...workshop,
        title: 'Ny tittel',
        lastActivityAt: 42,
      });
      expect(await storage.workshops.get('unknown')).toBeNull();
    });

    it('moves a workshop to a new join code', async () => {
      const workshop = sampleWorkshop();
      await storage.workshops.create(workshop);
      await storage.workshops.update(workshop.id, { joinCode: 'FRESH1' });
      expect(await storage.workshops.getByJoinCode('FRESH1')).toMatchObject({ id: workshop.id });
      expect(await storage.workshops.getByJoinCode(workshop.joinCode)).toBeNull();
    });

    it('refuses to create a workshop with a join code that is taken', async () => {
      const first = sampleWorkshop({ joinCode: 'SAME42' });
      await storage.workshops.create(first);
      const second = sampleWorkshop({ joinCode: 'SAME42' });
      await expect(storage.workshops.create(second)).rejects.toBeInstanceOf(JoinCodeTakenError);
      expect(await storage.workshops.get(second.id)).toBeNull();
      expect(await storage.workshops.getByJoinCode('SAME42')).toEqual(first);
    });

    it('refuses to move a workshop to a join code that is taken', async () => {
      const first = sampleWorkshop();
      const second = sampleWorkshop();
      await storage.workshops.create(first);
      await storage.workshops.create(second);
      await expect(
        storage.workshops.update(second.id, { joinCode: first.joinCode, title: 'Endret' }),
      ).rejects.toBeInstanceOf(JoinCodeTakenError);
      expect(await storage.workshops.get(second.id)).toEqual(second);
      // Keeping one's own join code is not a collision.
      await storage.workshops.update(first.id, { joinCode: first.joinCode });
    });

    it('frees the join code of a deleted workshop', async () => {
      const gone = sampleWorkshop({ joinCode: 'REUSE1' });
      await storage.workshops.create(gone);
      await storage.deleteWorkshop(gone.id);
      expect(await storage.workshops.get(gone.id)).toBeNull();
      const next = sampleWorkshop({ joinCode: 'REUSE1' });
      await storage.workshops.create(next);
      expect(await storage.workshops.getByJoinCode('REUSE1')).toEqual(next);
    });

    it('lists workshops whose last activity is strictly before a time', async () => {
      const old = sampleWorkshop({ lastActivityAt: 1_000 });
      const edge = sampleWorkshop({ lastActivityAt: 2_000 });
      const recent = sampleWorkshop({ lastActivityAt: 3_000 });
      for (const workshop of [old, edge, recent]) await storage.workshops.create(workshop);
      expect(await storage.workshops.listInactiveSince(2_000)).toEqual([old.id]);
      await storage.workshops.update(old.id, { lastActivityAt: 5_000 });
      expect((await storage.workshops.listInactiveSince(4_000)).sort()).toEqual(
        [edge.id, recent.id].sort(),
      );
    });
  });

  describe('participants', () => {
    it('adds, gets and lists participants in join order', async () => {
      const workshop = sampleWorkshop();
      const other = sampleWorkshop();
      await storage.workshops.create(workshop);
      await storage.workshops.create(other);
      const facilitator = sampleParticipant(workshop.id, {
        name: null,
        role: null,
        facilitator: true,
        createdAt: 10,
      });
      const guest = sampleParticipant(workshop.id, { role: 'politiker', createdAt: 20 });
      await storage.workshops.addParticipant(guest);
      await storage.workshops.addParticipant(facilitator);
      await storage.workshops.addParticipant(sampleParticipant(other.id));

      expect(await storage.workshops.getParticipant(workshop.id, guest.id)).toEqual(guest);
      expect(await storage.workshops.getParticipant(other.id, guest.id)).toBeNull();
      expect(await storage.workshops.listParticipants(workshop.id)).toEqual([facilitator, guest]);
      expect(await storage.workshops.listParticipants('unknown')).toEqual([]);
    });

    it('keeps a revoked participant listed, marked revoked', async () => {
      const workshop = sampleWorkshop();
      await storage.workshops.create(workshop);
      const removed = sampleParticipant(workshop.id, { createdAt: 1 });
      const staying = sampleParticipant(workshop.id, { createdAt: 2 });
      await storage.workshops.addParticipant(removed);
      await storage.workshops.addParticipant(staying);
      await storage.workshops.revokeParticipant(workshop.id, removed.id);
      await storage.workshops.revokeParticipant(workshop.id, 'unknown');

      expect(await storage.workshops.getParticipant(workshop.id, removed.id)).toEqual({
        ...removed,
        revoked: true,
      });
      expect(await storage.workshops.listParticipants(workshop.id)).toEqual([
        { ...removed, revoked: true },
        staying,
      ]);
    });

    it('refuses a participant of a workshop that does not exist', async () => {
      await expect(
        storage.workshops.addParticipant(sampleParticipant('unknown')),
      ).rejects.toThrow();
    });
  });

  describe('case-file summary', () => {
    it('keeps the latest summary of a workshop, and forgets it with the workshop', async () => {
      const workshop = sampleWorkshop();
      await storage.workshops.create(workshop);
      expect(await storage.workshops.getCaseFileSummary(workshop.id)).toBe('');
      await storage.workshops.setCaseFileSummary(workshop.id, 'Første utkast');
      await storage.workshops.setCaseFileSummary(workshop.id, 'Vi ble enige om en kafé – æøå');
      expect(await storage.workshops.getCaseFileSummary(workshop.id)).toBe(
        'Vi ble enige om en kafé – æøå',
      );
      await storage.deleteWorkshop(workshop.id);
      expect(await storage.workshops.getCaseFileSummary(workshop.id)).toBe('');
    });

    it('ignores a summary for an unknown workshop', async () => {
      await storage.workshops.setCaseFileSummary('unknown', 'Ingen');
      expect(await storage.workshops.getCaseFileSummary('unknown')).toBe('');
    });
  });
}
