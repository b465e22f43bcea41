import type { Pool, PoolClient } from 'pg';
import type { RoomName } from '@moteplass/shared';
import type { DocumentAppend, DocumentStore, StoredDocument } from '../parts/documents.js';
import { inTransaction } from './pool.js';
import { byteaFrom, copyBytes } from './rows.js';

/**
 * Appends one document's updates and returns the last seq (the current one
 * for none). One statement, so atomic on its own and part of the caller's
 * transaction on a client. Raising the document's counter locks its row until
 * commit: appends to one document take turns, and their seq order is their
 * commit order (compaction relies on it).
 */
async function appendTo(
  db: Pool | PoolClient,
  { workshopId, room, updates }: DocumentAppend,
): Promise<number> {
  if (updates.length === 0) {
    const { rows } = await db.query<{ seq: number }>(
      `SELECT COALESCE(MAX(seq), 0) AS seq FROM doc_updates
       WHERE workshop_id = $1 AND room = $2`,
      [workshopId, room],
    );
    return rows[0]?.seq ?? 0;
  }
  const { rows } = await db.query<{ seq: number }>(
    `WITH document AS (
       INSERT INTO documents (workshop_id, room, last_seq) VALUES ($1, $2, $3::bigint)
       ON CONFLICT (workshop_id, room) DO UPDATE SET last_seq = documents.last_seq + $3::bigint
       RETURNING last_seq
     )
     INSERT INTO doc_updates (workshop_id, room, seq, data)
     SELECT $1, $2, document.last_seq - $3::bigint + appended.n, appended.data
     FROM document, unnest($4::bytea[]) WITH ORDINALITY AS appended (data, n)
     RETURNING seq`,
    [workshopId, room, updates.length, updates.map(byteaFrom)],
  );
  return rows.reduce((last, row) => Math.max(last, row.seq), 0);
}

function compareDocuments(a: DocumentAppend, b: DocumentAppend): number {
  if (a.workshopId !== b.workshopId) return a.workshopId < b.workshopId ? -1 : 1;
  if (a.room !== b.room) return a.room < b.room ? -1 : 1;
  return 0;
}

/**
 * Yjs documents in PostgreSQL (`PostgresStorage.documents`). A document's row in `documents` holds its
 * snapshot and its sequence counter; its updates are rows of `doc_updates`.
 * Appending raises the counter, which locks the row until commit: appends to
 * one document take turns, and their seq order is their commit order. So a
 * reader that sees seq n has every seq below it, and compacting through n
 * deletes nothing anybody has not stored in the snapshot.
 */
export class PostgresDocuments implements DocumentStore {
  constructor(private readonly pool: Pool) {}

  async load(workshopId: string, room: RoomName): Promise<StoredDocument> {
    // One statement sees one snapshot of the database: the snapshot row and
    // the updates belong together even while other instances write.
    const { rows } = await this.pool.query<{ seq: number | null; data: Buffer }>(
      `SELECT NULL::bigint AS seq, snapshot AS data FROM documents
         WHERE workshop_id = $1 AND room = $2 AND snapshot IS NOT NULL
       UNION ALL
       SELECT seq, data FROM doc_updates WHERE workshop_id = $1 AND room = $2
       ORDER BY seq NULLS FIRST`,
      [workshopId, room],
    );
    let snapshot: Uint8Array | null = null;
    const updates: Uint8Array[] = [];
    let lastSeq = 0;
    for (const row of rows) {
      if (row.seq === null) {
        snapshot = copyBytes(row.data);
      } else {
        updates.push(copyBytes(row.data));
        lastSeq = row.seq;
      }
    }
    return { snapshot, updates, lastSeq };
  }

  /** Appends one document's updates in their own statement (atomic); the last seq. */
  async append(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number> {
    return appendTo(this.pool, { workshopId, room, updates });
  }

  /** Several documents' appends in one transaction; the last seq of each entry, in their order. */
  async appendBatch(entries: readonly DocumentAppend[]): Promise<number[]> {
    if (entries.length === 0) return [];
    // Documents are locked in one order (workshop, room) whatever the order of
    // `entries`, so two instances appending to the same documents cannot
    // deadlock; the sort is stable, so one document's entries keep their order.
    const order = entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => compareDocuments(a.entry, b.entry));
    return inTransaction(this.pool, async (client) => {
      const seqs = new Array<number>(entries.length);
      for (const { entry, index } of order) seqs[index] = await appendTo(client, entry);
      return seqs;
    });
  }

  async compact(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // Locks the document row, so no append is half done. An instance that
      // compacts late with an older snapshot (through a smaller seq) must not
      // replace a newer one whose updates are already gone: it is skipped.
      await client.query(
        `INSERT INTO documents (workshop_id, room, snapshot) VALUES ($1, $2, $3)
         ON CONFLICT (workshop_id, room) DO UPDATE
           SET snapshot = EXCLUDED.snapshot,
               compacted_through = LEAST($4::bigint, documents.last_seq)
           WHERE documents.compacted_through <= $4::bigint`,
        [workshopId, room, byteaFrom(snapshot), throughSeq],
      );
      await client.query(
        'DELETE FROM doc_updates WHERE workshop_id = $1 AND room = $2 AND seq <= $3',
        [workshopId, room, throughSeq],
      );
    });
  }
}
