import type Database from 'better-sqlite3';
import type { ImageRecord, ImageStore } from '../parts/images.js';
import { copyBytes } from './rows.js';

/** Board images in SQLite (the `board_images` table, migration 004; `SqliteStorage.images`). */
export class SqliteImages implements ImageStore {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      upsert: db.prepare<{
        workshopId: string;
        id: string;
        mime: string;
        data: Uint8Array;
        byteLength: number;
        createdAt: number;
      }>(
        `INSERT INTO board_images (workshop_id, id, mime, data, byte_length, created_at)
         VALUES (@workshopId, @id, @mime, @data, @byteLength, @createdAt)
         ON CONFLICT (workshop_id, id) DO UPDATE SET mime = excluded.mime, data = excluded.data,
           byte_length = excluded.byte_length, created_at = excluded.created_at`,
      ),
      image: db.prepare<[string, string], { mime: string; data: Buffer }>(
        'SELECT mime, data FROM board_images WHERE workshop_id = ? AND id = ?',
      ),
      length: db.prepare<[string, string], { length: number }>(
        'SELECT byte_length AS length FROM board_images WHERE workshop_id = ? AND id = ?',
      ),
      total: db.prepare<[string], { total: number }>(
        'SELECT COALESCE(SUM(byte_length), 0) AS total FROM board_images WHERE workshop_id = ?',
      ),
      deleteAll: db.prepare<[string]>('DELETE FROM board_images WHERE workshop_id = ?'),
    };
  }

  /** The quota check and the write in one transaction (see ImageStore.put). */
  async put(image: ImageRecord, options: { maxWorkshopBytes?: number } = {}): Promise<boolean> {
    return this.db.transaction((): boolean => {
      if (options.maxWorkshopBytes !== undefined) {
        const replaced = this.sql.length.get(image.workshopId, image.id)?.length ?? 0;
        if (
          this.totalOf(image.workshopId) - replaced + image.bytes.length >
          options.maxWorkshopBytes
        )
          return false;
      }
      this.sql.upsert.run({
        workshopId: image.workshopId,
        id: image.id,
        mime: image.mime,
        data: image.bytes,
        byteLength: image.bytes.length,
        createdAt: image.createdAt,
      });
      return true;
    })();
  }

  async get(workshopId: string, id: string): Promise<{ mime: string; bytes: Uint8Array } | null> {
    const row = this.sql.image.get(workshopId, id);
    return row ? { mime: row.mime, bytes: copyBytes(row.data) } : null;
  }

  async bytesTotal(workshopId: string): Promise<number> {
    return this.totalOf(workshopId);
  }

  private totalOf(workshopId: string): number {
    return this.sql.total.get(workshopId)?.total ?? 0;
  }

  /** Part of `SqliteStorage.deleteWorkshop`, inside its transaction. */
  deleteWorkshop(workshopId: string): void {
    this.sql.deleteAll.run(workshopId);
  }
}
