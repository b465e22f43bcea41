import type { Pool } from 'pg';
import type { ImageRecord, ImageStore } from '../parts/images.js';
import { inTransaction } from './pool.js';
import { byteaFrom, copyBytes } from './rows.js';

/** Board images in PostgreSQL (`PostgresStorage.images`); the quota is decided under a row lock. */
export class PostgresImages implements ImageStore {
  constructor(private readonly pool: Pool) {}

  async put(image: ImageRecord, options: { maxWorkshopBytes?: number } = {}): Promise<boolean> {
    const { maxWorkshopBytes } = options;
    return inTransaction(this.pool, async (client) => {
      if (maxWorkshopBytes !== undefined) {
        // The workshop's row is the quota's lock: puts on every instance queue here.
        const workshop = await client.query('SELECT 1 FROM workshops WHERE id = $1 FOR UPDATE', [
          image.workshopId,
        ]);
        if (workshop.rowCount === 0) throw new Error(`workshop ${image.workshopId} does not exist`);
        const { rows } = await client.query<{ others: number }>(
          `SELECT COALESCE(SUM(byte_length), 0)::bigint AS others FROM board_images
           WHERE workshop_id = $1 AND id <> $2`,
          [image.workshopId, image.id],
        );
        if (Number(rows[0]?.others ?? 0) + image.bytes.length > maxWorkshopBytes) return false;
      }
      await client.query(
        `INSERT INTO board_images (workshop_id, id, mime, data, byte_length, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (workshop_id, id) DO UPDATE SET mime = EXCLUDED.mime, data = EXCLUDED.data,
           byte_length = EXCLUDED.byte_length, created_at = EXCLUDED.created_at`,
        [
          image.workshopId,
          image.id,
          image.mime,
          byteaFrom(image.bytes),
          image.bytes.length,
          image.createdAt,
        ],
      );
      return true;
    });
  }

  async get(workshopId: string, id: string): Promise<{ mime: string; bytes: Uint8Array } | null> {
    const { rows } = await this.pool.query<{ mime: string; data: Buffer }>(
      'SELECT mime, data FROM board_images WHERE workshop_id = $1 AND id = $2',
      [workshopId, id],
    );
    return rows[0] ? { mime: rows[0].mime, bytes: copyBytes(rows[0].data) } : null;
  }

  async bytesTotal(workshopId: string): Promise<number> {
    const { rows } = await this.pool.query<{ total: number }>(
      `SELECT COALESCE(SUM(byte_length), 0)::bigint AS total FROM board_images
       WHERE workshop_id = $1`,
      [workshopId],
    );
    return rows[0]?.total ?? 0;
  }
}
