import type Database from 'better-sqlite3';
import type { RoomName } from '@moteplass/shared';
import type { DocumentAppend, DocumentStore, StoredDocument } from '../parts/documents.js';
import { copyBytes, type BlobRow, type SeqRow } from './rows.js';

type Key = { workshopId: string; room: RoomName };

function prepareStatements(db: Database.Database) {
  return {
    snapshot: db.prepare<Key, BlobRow>(
      'SELECT data FROM doc_snapshots WHERE workshop_id = @workshopId AND room = @room',
    ),
    updates: db.prepare<Key, BlobRow & SeqRow>(
      `SELECT seq, data FROM doc_updates
       WHERE workshop_id = @workshopId AND room = @room ORDER BY seq`,
    ),
    lastSeq: db.prepare<Key, SeqRow>(
      `SELECT COALESCE(MAX(seq), 0) AS seq FROM doc_updates
       WHERE workshop_id = @workshopId AND room = @room`,
    ),
    insertUpdate: db.prepare<Key & { data: Uint8Array }>(
      'INSERT INTO doc_updates (workshop_id, room, data) VALUES (@workshopId, @room, @data)',
    ),
    upsertSnapshot: db.prepare<Key & { data: Uint8Array }>(
      `INSERT INTO doc_snapshots (workshop_id, room, data) VALUES (@workshopId, @room, @data)
       ON CONFLICT (workshop_id, room) DO UPDATE SET data = excluded.data`,
    ),
    deleteUpdatesThrough: db.prepare<Key & { throughSeq: number }>(
      `DELETE FROM doc_updates
       WHERE workshop_id = @workshopId AND room = @room AND seq <= @throughSeq`,
    ),
    deleteSnapshots: db.prepare<[string]>('DELETE FROM doc_snapshots WHERE workshop_id = ?'),
    deleteUpdates: db.prepare<[string]>('DELETE FROM doc_updates WHERE workshop_id = ?'),
  };
}

/**
 * Yjs documents in SQLite (`SqliteStorage.documents`). better-sqlite3 commits
 * synchronously, so it also offers `appendBatchSync`: the room core then
 * relays a turn's edits in that same turn (server/src/rooms/README.md).
 */
export class SqliteDocuments implements DocumentStore {
  private readonly sql: ReturnType<typeof prepareStatements>;

  constructor(private readonly db: Database.Database) {
    this.sql = prepareStatements(db);
  }

  async load(workshopId: string, room: RoomName): Promise<StoredDocument> {
    const key = { workshopId, room };
    // One read transaction, so the snapshot and the updates belong together.
    return this.db.transaction((): StoredDocument => {
      const snapshot = this.sql.snapshot.get(key);
      const rows = this.sql.updates.all(key);
      return {
        snapshot: snapshot ? copyBytes(snapshot.data) : null,
        updates: rows.map((row) => copyBytes(row.data)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      };
    })();
  }

  async append(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return this.db.transaction(() => this.insertUpdates({ workshopId, room, updates }))();
  }

  async appendBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    return this.appendBatchSync(entries);
  }

  appendBatchSync(entries: readonly DocumentAppend[]): number[] {
    // One commit for every room that changed in the turn, instead of one per room.
    return this.db.transaction(() => entries.map((entry) => this.insertUpdates(entry)))();
  }

  /** Inside a transaction: the updates in order; the last sequence number. */
  private insertUpdates({ workshopId, room, updates }: DocumentAppend): number {
    const key = { workshopId, room };
    let lastSeq: number | null = null;
    for (const data of updates) {
      lastSeq = Number(this.sql.insertUpdate.run({ ...key, data }).lastInsertRowid);
    }
    return lastSeq ?? this.sql.lastSeq.get(key)?.seq ?? 0;
  }

  async compact(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    const key = { workshopId, room };
    this.db.transaction(() => {
      this.sql.upsertSnapshot.run({ ...key, data: snapshot });
      this.sql.deleteUpdatesThrough.run({ ...key, throughSeq });
    })();
  }

  /** Part of `SqliteStorage.deleteWorkshop`, inside its transaction. */
  deleteWorkshop(workshopId: string): void {
    this.sql.deleteSnapshots.run(workshopId);
    this.sql.deleteUpdates.run(workshopId);
  }
}
