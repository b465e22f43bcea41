import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_ITEMS } from '@moteplass/shared';
import { describeEqualityContract } from './contract-equality.js';
import { describeImageContract } from './contract-images.js';
import { describeSeriesContract } from './contract-series.js';
import {
  addNote,
  recordingBoard,
  restoreDoc,
  sampleParticipant,
  sampleWorkshop,
} from './fixtures.js';
import { JoinCodeTakenError, type Storage } from './types.js';

const bytes = (...values: number[]) => new Uint8Array(values);

/**
 * What every `Storage` promises its callers. Each implementation runs this
 * suite from its own test file; a behaviour the server relies on belongs here,
 * not in one implementation's tests.
 */
export function describeStorageContract(
  name: string,
  create: () => Promise<Storage> | Storage,
  dispose: (s: Storage) => Promise<void> = (s) => s.close(),
): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await create();
    });
    afterEach(async () => {
      await dispose(storage);
    });

    describe('workshops', () => {
      it('finds a created workshop by id and by join code', async () => {
        const workshop = sampleWorkshop({ title: 'Fremtidens bibliotek', language: 'nn' });
        await storage.createWorkshop(workshop);
        expect(await storage.getWorkshop(workshop.id)).toEqual(workshop);
        expect(await storage.getWorkshopByJoinCode(workshop.joinCode)).toEqual(workshop);
        expect(await storage.getWorkshop('unknown')).toBeNull();
        expect(await storage.getWorkshopByJoinCode('NOPE42')).toBeNull();
      });

      it('updates only the patched fields, and ignores an unknown id', async () => {
        const workshop = sampleWorkshop();
        await storage.createWorkshop(workshop);
        await storage.updateWorkshop(workshop.id, { title: 'Ny tittel', lastActivityAt: 42 });
        await storage.updateWorkshop('unknown', { title: 'Ingen' });
        expect(await storage.getWorkshop(workshop.id)).toEqual({
          ...workshop,
          title: 'Ny tittel',
          lastActivityAt: 42,
        });
        expect(await storage.getWorkshop('unknown')).toBeNull();
      });

      it('moves a workshop to a new join code', async () => {
        const workshop = sampleWorkshop();
        await storage.createWorkshop(workshop);
        await storage.updateWorkshop(workshop.id, { joinCode: 'FRESH1' });
        expect(await storage.getWorkshopByJoinCode('FRESH1')).toMatchObject({ id: workshop.id });
        expect(await storage.getWorkshopByJoinCode(workshop.joinCode)).toBeNull();
      });

      it('refuses to create a workshop with a join code that is taken', async () => {
        const first = sampleWorkshop({ joinCode: 'SAME42' });
        await storage.createWorkshop(first);
        const second = sampleWorkshop({ joinCode: 'SAME42' });
        await expect(storage.createWorkshop(second)).rejects.toBeInstanceOf(JoinCodeTakenError);
        expect(await storage.getWorkshop(second.id)).toBeNull();
        expect(await storage.getWorkshopByJoinCode('SAME42')).toEqual(first);
      });

      it('refuses to move a workshop to a join code that is taken', async () => {
        const first = sampleWorkshop();
        const second = sampleWorkshop();
        await storage.createWorkshop(first);
        await storage.createWorkshop(second);
        await expect(
          storage.updateWorkshop(second.id, { joinCode: first.joinCode, title: 'Endret' }),
        ).rejects.toBeInstanceOf(JoinCodeTakenError);
        expect(await storage.getWorkshop(second.id)).toEqual(second);
        // Keeping one's own join code is not a collision.
        await storage.updateWorkshop(first.id, { joinCode: first.joinCode });
      });

      it('frees the join code of a deleted workshop', async () => {
        const gone = sampleWorkshop({ joinCode: 'REUSE1' });
        await storage.createWorkshop(gone);
        await storage.deleteWorkshop(gone.id);
        expect(await storage.getWorkshop(gone.id)).toBeNull();
        const next = sampleWorkshop({ joinCode: 'REUSE1' });
        await storage.createWorkshop(next);
        expect(await storage.getWorkshopByJoinCode('REUSE1')).toEqual(next);
      });

      it('lists workshops whose last activity is strictly before a time', async () => {
        const old = sampleWorkshop({ lastActivityAt: 1_000 });
        const edge = sampleWorkshop({ lastActivityAt: 2_000 });
        const recent = sampleWorkshop({ lastActivityAt: 3_000 });
        for (const workshop of [old, edge, recent]) await storage.createWorkshop(workshop);
        expect(await storage.listWorkshopsInactiveSince(2_000)).toEqual([old.id]);
        await storage.updateWorkshop(old.id, { lastActivityAt: 5_000 });
        expect((await storage.listWorkshopsInactiveSince(4_000)).sort()).toEqual(
          [edge.id, recent.id].sort(),
        );
      });
    });

    describe('participants', () => {
      it('adds, gets and lists participants in join order', async () => {
        const workshop = sampleWorkshop();
        const other = sampleWorkshop();
        await storage.createWorkshop(workshop);
        await storage.createWorkshop(other);
        const facilitator = sampleParticipant(workshop.id, {
          name: null,
          role: null,
          facilitator: true,
          createdAt: 10,
        });
        const guest = sampleParticipant(workshop.id, { role: 'politiker', createdAt: 20 });
        await storage.addParticipant(guest);
        await storage.addParticipant(facilitator);
        await storage.addParticipant(sampleParticipant(other.id));

        expect(await storage.getParticipant(workshop.id, guest.id)).toEqual(guest);
        expect(await storage.getParticipant(other.id, guest.id)).toBeNull();
        expect(await storage.listParticipants(workshop.id)).toEqual([facilitator, guest]);
        expect(await storage.listParticipants('unknown')).toEqual([]);
      });

      it('keeps a revoked participant listed, marked revoked', async () => {
        const workshop = sampleWorkshop();
        await storage.createWorkshop(workshop);
        const removed = sampleParticipant(workshop.id, { createdAt: 1 });
        const staying = sampleParticipant(workshop.id, { createdAt: 2 });
        await storage.addParticipant(removed);
        await storage.addParticipant(staying);
        await storage.revokeParticipant(workshop.id, removed.id);
        await storage.revokeParticipant(workshop.id, 'unknown');

        expect(await storage.getParticipant(workshop.id, removed.id)).toEqual({
          ...removed,
          revoked: true,
        });
        expect(await storage.listParticipants(workshop.id)).toEqual([
          { ...removed, revoked: true },
          staying,
        ]);
      });

      it('refuses a participant of a workshop that does not exist', async () => {
        await expect(storage.addParticipant(sampleParticipant('unknown'))).rejects.toThrow();
      });
    });

    describe('documents', () => {
      let workshopId: string;
      beforeEach(async () => {
        const workshop = sampleWorkshop();
        await storage.createWorkshop(workshop);
        workshopId = workshop.id;
      });

      it('loads an unknown document as empty', async () => {
        expect(await storage.loadDocument(workshopId, 'board')).toEqual({
          snapshot: null,
          updates: [],
          lastSeq: 0,
        });
      });

      it('keeps appended updates in order, byte for byte, with increasing seq', async () => {
        const first = await storage.appendUpdates(workshopId, 'board', [bytes(1), bytes(2, 2)]);
        const second = await storage.appendUpdates(workshopId, 'board', [bytes(3, 0, 255)]);
        const third = await storage.appendUpdates(workshopId, 'board', [bytes(4), bytes(5)]);
        expect(first).toBeGreaterThan(0);
        expect(second).toBeGreaterThan(first);
        expect(third).toBeGreaterThan(second);
        expect(await storage.loadDocument(workshopId, 'board')).toEqual({
          snapshot: null,
          updates: [bytes(1), bytes(2, 2), bytes(3, 0, 255), bytes(4), bytes(5)],
          lastSeq: third,
        });
      });

      it('appends nothing for an empty list and returns the current seq', async () => {
        expect(await storage.appendUpdates(workshopId, 'board', [])).toBe(0);
        const seq = await storage.appendUpdates(workshopId, 'board', [bytes(1)]);
        expect(await storage.appendUpdates(workshopId, 'board', [])).toBe(seq);
        expect((await storage.loadDocument(workshopId, 'board')).updates).toEqual([bytes(1)]);
      });

      it('appends a batch of documents all at once, each in order, as single appends would', async () => {
        if (!storage.appendUpdatesBatch) return; // optional: callers fall back to appendUpdates
        const other = sampleWorkshop();
        await storage.createWorkshop(other);
        const before = await storage.appendUpdates(workshopId, 'board', [bytes(1)]);
        const seqs = await storage.appendUpdatesBatch([
          { workshopId, room: 'board', updates: [bytes(2), bytes(3)] },
          { workshopId, room: 'control', updates: [bytes(4)] },
          { workshopId: other.id, room: 'board', updates: [bytes(5)] },
        ]);
        expect(seqs).toHaveLength(3);
        expect(seqs[0]).toBeGreaterThan(before);
        expect(await storage.loadDocument(workshopId, 'board')).toEqual({
          snapshot: null,
          updates: [bytes(1), bytes(2), bytes(3)],
          lastSeq: seqs[0],
        });
        expect((await storage.loadDocument(workshopId, 'control')).lastSeq).toBe(seqs[1]);
        expect((await storage.loadDocument(other.id, 'board')).updates).toEqual([bytes(5)]);
        expect(await storage.appendUpdatesBatch([])).toEqual([]);
      });

      it('appends a batch synchronously, where offered, as the asynchronous batch would', async () => {
        if (!storage.appendUpdatesBatchSync) return; // optional: only storage that commits synchronously
        const other = sampleWorkshop();
        await storage.createWorkshop(other);
        const before = await storage.appendUpdates(workshopId, 'board', [bytes(1)]);
        const seqs = storage.appendUpdatesBatchSync([
          { workshopId, room: 'board', updates: [bytes(2)] },
          { workshopId: other.id, room: 'board', updates: [bytes(3), bytes(4)] },
        ]);
        expect(seqs).toHaveLength(2);
        expect(seqs[0]).toBeGreaterThan(before);
        expect(await storage.loadDocument(workshopId, 'board')).toEqual({
          snapshot: null,
          updates: [bytes(1), bytes(2)],
          lastSeq: seqs[0],
        });
        expect(await storage.loadDocument(other.id, 'board')).toEqual({
          snapshot: null,
          updates: [bytes(3), bytes(4)],
          lastSeq: seqs[1],
        });
        expect(storage.appendUpdatesBatchSync([])).toEqual([]);
      });

      it('keeps rooms and workshops apart', async () => {
        const other = sampleWorkshop();
        await storage.createWorkshop(other);
        await storage.appendUpdates(workshopId, 'board', [bytes(1)]);
        await storage.appendUpdates(workshopId, 'control', [bytes(2)]);
        await storage.appendUpdates(other.id, 'board', [bytes(3)]);
        await storage.compactDocument(other.id, 'board', bytes(9), Number.MAX_SAFE_INTEGER);

        expect((await storage.loadDocument(workshopId, 'board')).updates).toEqual([bytes(1)]);
        expect((await storage.loadDocument(workshopId, 'control')).updates).toEqual([bytes(2)]);
        expect(await storage.loadDocument(workshopId, 'board')).toMatchObject({ snapshot: null });
        expect(await storage.loadDocument(other.id, 'board')).toEqual({
          snapshot: bytes(9),
          updates: [],
          lastSeq: 0,
        });
      });

      it('compacts: replaces the snapshot and keeps only updates after throughSeq', async () => {
        await storage.appendUpdates(workshopId, 'board', [bytes(1), bytes(2)]);
        const { lastSeq } = await storage.loadDocument(workshopId, 'board');
        // An update that arrives while the snapshot is being built must survive.
        const late = await storage.appendUpdates(workshopId, 'board', [bytes(3)]);
        await storage.compactDocument(workshopId, 'board', bytes(7), lastSeq);
        expect(await storage.loadDocument(workshopId, 'board')).toEqual({
          snapshot: bytes(7),
          updates: [bytes(3)],
          lastSeq: late,
        });

        await storage.compactDocument(workshopId, 'board', bytes(8), late);
        expect(await storage.loadDocument(workshopId, 'board')).toEqual({
          snapshot: bytes(8),
          updates: [],
          lastSeq: 0,
        });
        // Sequence numbers are never reused, even once compacted away.
        expect(await storage.appendUpdates(workshopId, 'board', [bytes(4)])).toBeGreaterThan(late);
      });

      it('does not let a caller change stored bytes afterwards', async () => {
        const update = bytes(1, 2, 3);
        const snapshot = bytes(4, 5);
        await storage.appendUpdates(workshopId, 'board', [update]);
        await storage.compactDocument(workshopId, 'board', snapshot, 0);
        update.fill(0);
        snapshot.fill(0);
        const loaded = await storage.loadDocument(workshopId, 'board');
        loaded.updates[0]?.fill(0);
        loaded.snapshot?.fill(0);
        expect(await storage.loadDocument(workshopId, 'board')).toMatchObject({
          snapshot: bytes(4, 5),
          updates: [bytes(1, 2, 3)],
        });
      });

      it('restores a Yjs document from its snapshot and updates', async () => {
        const { doc, updates } = recordingBoard();
        addNote(doc, 'n1', 'Lengre åpningstider');
        addNote(doc, 'n2', 'Kafé i første etasje');
        await storage.appendUpdates(workshopId, 'board', updates.splice(0));

        // Compact the way a room would: rebuild from storage, snapshot, drop what it contains.
        const stored = await storage.loadDocument(workshopId, 'board');
        await storage.compactDocument(
          workshopId,
          'board',
          Y.encodeStateAsUpdate(restoreDoc(stored.snapshot, stored.updates)),
          stored.lastSeq,
        );

        addNote(doc, 'n3', 'Leksehjelp for ungdom');
        doc.getMap(BOARD_ITEMS).delete('n1');
        await storage.appendUpdates(workshopId, 'board', updates.splice(0, 1));
        await storage.appendUpdates(workshopId, 'board', updates.splice(0));

        const { snapshot, updates: rest } = await storage.loadDocument(workshopId, 'board');
        expect(rest).toHaveLength(2);
        expect(restoreDoc(snapshot, rest).getMap(BOARD_ITEMS).toJSON()).toEqual(
          doc.getMap(BOARD_ITEMS).toJSON(),
        );
      });
    });

    describe('deleting a workshop', () => {
      it('leaves no participants, documents or updates behind', async () => {
        const doomed = sampleWorkshop();
        const kept = sampleWorkshop();
        await storage.createWorkshop(doomed);
        await storage.createWorkshop(kept);
        for (const workshop of [doomed, kept]) {
          await storage.addParticipant(sampleParticipant(workshop.id));
          await storage.appendUpdates(workshop.id, 'board', [bytes(1)]);
          await storage.compactDocument(workshop.id, 'board', bytes(2), 0);
          await storage.appendUpdates(workshop.id, 'control', [bytes(3)]);
        }

        await storage.deleteWorkshop(doomed.id);

        const empty = { snapshot: null, updates: [], lastSeq: 0 };
        expect(await storage.getWorkshop(doomed.id)).toBeNull();
        expect(await storage.listParticipants(doomed.id)).toEqual([]);
        expect(await storage.loadDocument(doomed.id, 'board')).toEqual(empty);
        expect(await storage.loadDocument(doomed.id, 'control')).toEqual(empty);
        expect(await storage.listParticipants(kept.id)).toHaveLength(1);
        expect(await storage.loadDocument(kept.id, 'board')).toMatchObject({
          snapshot: bytes(2),
          updates: [bytes(1)],
        });
        expect((await storage.loadDocument(kept.id, 'control')).updates).toEqual([bytes(3)]);
      });

      it('accepts an unknown id', async () => {
        await expect(storage.deleteWorkshop('unknown')).resolves.toBeUndefined();
      });
    });

    describe('board images', () => describeImageContract(() => storage));
    describe('series and reflection', () => describeSeriesContract(() => storage));

    describe('case-file summary', () => {
      it('keeps the latest summary of a workshop, and forgets it with the workshop', async () => {
        const workshop = sampleWorkshop();
        await storage.createWorkshop(workshop);
        expect(await storage.getCaseFileSummary(workshop.id)).toBe('');
        await storage.setCaseFileSummary(workshop.id, 'Første utkast');
        await storage.setCaseFileSummary(workshop.id, 'Vi ble enige om en kafé – æøå');
        expect(await storage.getCaseFileSummary(workshop.id)).toBe('Vi ble enige om en kafé – æøå');
        await storage.deleteWorkshop(workshop.id);
        expect(await storage.getCaseFileSummary(workshop.id)).toBe('');
      });

      it('ignores a summary for an unknown workshop', async () => {
        await storage.setCaseFileSummary('unknown', 'Ingen');
        expect(await storage.getCaseFileSummary('unknown')).toBe('');
      });
    });

    describe('meta', () => {
      it('keeps the first value set for a key', async () => {
        expect(await storage.getMeta('tokenSecret')).toBeNull();
        expect(await storage.setMetaIfAbsent('tokenSecret', 'first')).toBe('first');
        expect(await storage.setMetaIfAbsent('tokenSecret', 'second')).toBe('first');
        expect(await storage.getMeta('tokenSecret')).toBe('first');
      });

      it('gives racing callers the same winner', async () => {
        const results = await Promise.all([
          storage.setMetaIfAbsent('race', 'a'),
          storage.setMetaIfAbsent('race', 'b'),
        ]);
        expect(results[0]).toBe(results[1]);
        expect(await storage.getMeta('race')).toBe(results[0]);
      });
    });

    describe('drafts and votes', () => describeEqualityContract(() => storage));
  });
}
