import type { RoomName } from '@moteplass/shared';
import type { DocumentAppend, DocumentStore, StoredDocument } from '../parts/documents.js';

interface StoredUpdate {
  seq: number;
  data: Uint8Array;
}

interface MemoryDocument {
  snapshot: Uint8Array | null;
  updates: StoredUpdate[];
}

/**
 * Yjs documents in maps. Bytes are copied in and out, so a caller that
 * reuses a buffer (Yjs does) cannot change what was stored. Test storage
 * (rooms/fakes.ts) extends it to count, hold or fail calls.
 */
export class MemoryDocuments implements DocumentStore {
  private documents = new Map<string, Map<RoomName, MemoryDocument>>();
  /** One counter for all documents, like SQLite's AUTOINCREMENT: a seq is never reused. */
  private lastSeq = 0;

  async load(workshopId: string, room: RoomName): Promise<StoredDocument> {
    const document = this.documents.get(workshopId)?.get(room);
    if (!document) return { snapshot: null, updates: [], lastSeq: 0 };
    return {
      snapshot: document.snapshot ? document.snapshot.slice() : null,
      updates: document.updates.map((update) => update.data.slice()),
      lastSeq: document.updates.at(-1)?.seq ?? 0,
    };
  }

  async append(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return this.insertUpdates({ workshopId, room, updates });
  }

  async appendBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    return entries.map((entry) => this.insertUpdates(entry));
  }

  /** One document's updates in order; the last sequence number (protected: test storage builds on it). */
  protected insertUpdates({ workshopId, room, updates }: DocumentAppend): number {
    const document = this.documentFor(workshopId, room);
    for (const data of updates) {
      document.updates.push({ seq: ++this.lastSeq, data: data.slice() });
    }
    return document.updates.at(-1)?.seq ?? 0;
  }

  async compact(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    const document = this.documentFor(workshopId, room);
    document.snapshot = snapshot.slice();
    document.updates = document.updates.filter((update) => update.seq > throughSeq);
  }

  /** Part of `MemoryStorage.deleteWorkshop`. */
  deleteWorkshop(workshopId: string): void {
    this.documents.delete(workshopId);
  }

  clear(): void {
    this.documents.clear();
  }

  private documentFor(workshopId: string, room: RoomName): MemoryDocument {
    const rooms = this.documents.get(workshopId) ?? new Map<RoomName, MemoryDocument>();
    this.documents.set(workshopId, rooms);
    const document = rooms.get(room) ?? { snapshot: null, updates: [] };
    rooms.set(room, document);
    return document;
  }
}
