import { beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_ITEMS } from '@moteplass/shared';
import type { Storage } from '../types.js';
import { addNote, recordingBoard, restoreDoc, sampleWorkshop } from './fixtures.js';

const bytes = (...values: number[]) => new Uint8Array(values);

/** `storage.documents`: the Yjs documents of every room, byte for byte, in order. */
export function describeDocumentsContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  let workshopId: string;
  beforeEach(async () => {
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
    workshopId = workshop.id;
  });

  it('loads an unknown document as empty', async () => {
    expect(await storage.documents.load(workshopId, 'board')).toEqual({
      snapshot: null,
      updates: [],
      lastSeq: 0,
    });
  });

  it('keeps appended updates in order, byte for byte, with increasing seq', async () => {
    const first = await storage.documents.append(workshopId, 'board', [bytes(1), bytes(2, 2)]);
    const second = await storage.documents.append(workshopId, 'board', [bytes(3, 0, 255)]);
    const third = await storage.documents.append(workshopId, 'board', [bytes(4), bytes(5)]);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(await storage.documents.load(workshopId, 'board')).toEqual({
      snapshot: null,
      updates: [bytes(1), bytes(2, 2), bytes(3, 0, 255), bytes(4), bytes(5)],
      lastSeq: third,
    });
  });

  it('appends nothing for an empty list and returns the current seq', async () => {
    expect(await storage.documents.append(workshopId, 'board', [])).toBe(0);
    const seq = await storage.documents.append(workshopId, 'board', [bytes(1)]);
    expect(await storage.documents.append(workshopId, 'board', [])).toBe(seq);
    expect((await storage.documents.load(workshopId, 'board')).updates).toEqual([bytes(1)]);
  });

  it('appends a batch of documents all at once, each in order, as single appends would', async () => {
    if (!storage.documents.appendBatch) return; // optional: callers fall back to append
    const other = sampleWorkshop();
    await storage.workshops.create(other);
    const before = await storage.documents.append(workshopId, 'board', [bytes(1)]);
    const seqs = await storage.documents.appendBatch([
      { workshopId, room: 'board', updates: [bytes(2), bytes(3)] },
      { workshopId, room: 'control', updates: [bytes(4)] },
      { workshopId: other.id, room: 'board', updates: [bytes(5)] },
    ]);
    expect(seqs).toHaveLength(3);
    expect(seqs[0]).toBeGreaterThan(before);
    expect(await storage.documents.load(workshopId, 'board')).toEqual({
      snapshot: null,
      updates: [bytes(1), bytes(2), bytes(3)],
      lastSeq: seqs[0],
    });
    expect((await storage.documents.load(workshopId, 'control')).lastSeq).toBe(seqs[1]);
    expect((await storage.documents.load(other.id, 'board')).updates).toEqual([bytes(5)]);
    expect(await storage.documents.appendBatch([])).toEqual([]);
  });

  it('appends a batch synchronously, where offered, as the asynchronous batch would', async () => {
    if (!storage.documents.appendBatchSync) return; // optional: only storage that commits synchronously
    const other = sampleWorkshop();
    await storage.workshops.create(other);
    const before = await storage.documents.append(workshopId, 'board', [bytes(1)]);
    const seqs = storage.documents.appendBatchSync([
      { workshopId, room: 'board', updates: [bytes(2)] },
      { workshopId: other.id, room: 'board', updates: [bytes(3), bytes(4)] },
    ]);
    expect(seqs).toHaveLength(2);
    expect(seqs[0]).toBeGreaterThan(before);
    expect(await storage.documents.load(workshopId, 'board')).toEqual({
      snapshot: null,
      updates: [bytes(1), bytes(2)],
      lastSeq: seqs[0],
    });
    expect(await storage.documents.load(other.id, 'board')).toEqual({
      snapshot: null,
      updates: [bytes(3), bytes(4)],
      lastSeq: seqs[1],
    });
    expect(storage.documents.appendBatchSync([])).toEqual([]);
  });

  it('keeps rooms and workshops apart', async () => {
    const other = sampleWorkshop();
    await storage.workshops.create(other);
    await storage.documents.append(workshopId, 'board', [bytes(1)]);
    await storage.documents.append(workshopId, 'control', [bytes(2)]);
    await storage.documents.append(other.id, 'board', [bytes(3)]);
    await storage.documents.compact(other.id, 'board', bytes(9), Number.MAX_SAFE_INTEGER);

    expect((await storage.documents.load(workshopId, 'board')).updates).toEqual([bytes(1)]);
    expect((await storage.documents.load(workshopId, 'control')).updates).toEqual([bytes(2)]);
    expect(await storage.documents.load(workshopId, 'board')).toMatchObject({ snapshot: null });
    expect(await storage.documents.load(other.id, 'board')).toEqual({
      snapshot: bytes(9),
      updates: [],
      lastSeq: 0,
    });
  });

  it('compacts: replaces the snapshot and keeps only updates after throughSeq', async () => {
    await storage.documents.append(workshopId, 'board', [bytes(1), bytes(2)]);
    const { lastSeq } = await storage.documents.load(workshopId, 'board');
    // An update that arrives while the snapshot is being built must survive.
    const late = await storage.documents.append(workshopId, 'board', [bytes(3)]);
    await storage.documents.compact(workshopId, 'board', bytes(7), lastSeq);
    expect(await storage.documents.load(workshopId, 'board')).toEqual({
      snapshot: bytes(7),
      updates: [bytes(3)],
      lastSeq: late,
    });

    await storage.documents.compact(workshopId, 'board', bytes(8), late);
    expect(await storage.documents.load(workshopId, 'board')).toEqual({
      snapshot: bytes(8),
      updates: [],
      lastSeq: 0,
    });
    // Sequence numbers are never reused, even once compacted away.
    expect(await storage.documents.append(workshopId, 'board', [bytes(4)])).toBeGreaterThan(late);
  });

  it('does not let a caller change stored bytes afterwards', async () => {
    const update = bytes(1, 2, 3);
    const snapshot = bytes(4, 5);
    await storage.documents.append(workshopId, 'board', [update]);
    await storage.documents.compact(workshopId, 'board', snapshot, 0);
    update.fill(0);
    snapshot.fill(0);
    const loaded = await storage.documents.load(workshopId, 'board');
    loaded.updates[0]?.fill(0);
    loaded.snapshot?.fill(0);
    expect(await storage.documents.load(workshopId, 'board')).toMatchObject({
      snapshot: bytes(4, 5),
      updates: [bytes(1, 2, 3)],
    });
  });

  it('restores a Yjs document from its snapshot and updates', async () => {
    const { doc, updates } = recordingBoard();
    addNote(doc, 'n1', 'Lengre åpningstider');
    addNote(doc, 'n2', 'Kafé i første etasje');
    await storage.documents.append(workshopId, 'board', updates.splice(0));

    // Compact the way a room would: rebuild from storage, snapshot, drop what it contains.
    const stored = await storage.documents.load(workshopId, 'board');
    await storage.documents.compact(
      workshopId,
      'board',
      Y.encodeStateAsUpdate(restoreDoc(stored.snapshot, stored.updates)),
      stored.lastSeq,
    );

    addNote(doc, 'n3', 'Leksehjelp for ungdom');
    doc.getMap(BOARD_ITEMS).delete('n1');
    await storage.documents.append(workshopId, 'board', updates.splice(0, 1));
    await storage.documents.append(workshopId, 'board', updates.splice(0));

    const { snapshot, updates: rest } = await storage.documents.load(workshopId, 'board');
    expect(rest).toHaveLength(2);
    expect(restoreDoc(snapshot, rest).getMap(BOARD_ITEMS).toJSON()).toEqual(
      doc.getMap(BOARD_ITEMS).toJSON(),
    );
  });
}
