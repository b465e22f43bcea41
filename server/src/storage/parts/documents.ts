import type { RoomName } from '@moteplass/shared';

/** What is stored of one Yjs document: the latest snapshot and the updates after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update (0 when none); pass it to `compact`. */
  lastSeq: number;
}

/** One document's share of `appendBatch`. */
export interface DocumentAppend {
  workshopId: string;
  room: RoomName;
  updates: Uint8Array[];
}

/**
 * The Yjs documents of every room (`storage.documents`): a snapshot plus the
 * updates appended since. **Stored before relayed** is the caller's duty: a
 * room relays an update only after `append` resolved, and it resolves once
 * the update is durable. A document needs no workshop row (a room may write
 * before or after it); `storage.deleteWorkshop` removes its documents.
 */
export interface DocumentStore {
  load(workshopId: string, room: RoomName): Promise<StoredDocument>;
  /**
   * Appends updates in one transaction, in order, and resolves once they are
   * durable. Returns the sequence number of the last one appended.
   */
  append(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number>;
  /**
   * Optional: the appends of several documents in ONE transaction (all or
   * nothing), each document's updates in order. Resolves once durable with the
   * sequence number of each entry's last update, in the order of `entries`
   * (as `append` would return it). The room core groups the appends of
   * one event-loop turn through it; without it, it calls `append` per document.
   */
  appendBatch?(entries: readonly DocumentAppend[]): Promise<number[]>;
  /**
   * Optional, for storage that commits synchronously (SQLite through
   * better-sqlite3): `appendBatch` that returns once durable instead of
   * resolving later. The room core prefers it: a turn's edits are relayed in
   * that same turn, before its presence, with no promise hops in between.
   */
  appendBatchSync?(entries: readonly DocumentAppend[]): number[];
  /**
   * Replaces the snapshot with `snapshot` and removes the updates with
   * sequence ≤ `throughSeq` (they are contained in the snapshot). Updates
   * appended after `throughSeq` are kept.
   */
  compact(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void>;
}
