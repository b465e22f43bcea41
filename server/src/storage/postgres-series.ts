import { isRole } from '@moteplass/shared';
import type { Pool } from 'pg';
import { inTransaction } from './postgres-pool.js';
import type {
  ReflectionAnswer,
  ReflectionRoundRecord,
  SeriesMembership,
  SeriesStorage,
} from './series-types.js';

/**
 * Series membership and open reflection rounds in PostgreSQL (migration 004).
 * Several instances share the database, so the rules are decided here:
 * joining a series under an advisory lock on the series (two meetups created
 * at once get different indexes), one open round by the primary key, an
 * answer under `FOR SHARE` of its round and a close under `FOR UPDATE`, so no
 * answer lands after the results were computed.
 */
export class PostgresSeriesStore implements SeriesStorage {
  constructor(private readonly pool: Pool) {}

  async joinSeries(earlierId: string, workshopId: string): Promise<SeriesMembership> {
    return inTransaction(this.pool, async (client) => {
      const found = await client.query<{ series_id: string }>(
        'SELECT series_id FROM series_meetups WHERE workshop_id = $1',
        [earlierId],
      );
      const seriesId = found.rows[0]?.series_id ?? earlierId;
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `moteplass:series:${seriesId}`,
      ]);
      await client.query(
        `INSERT INTO series_meetups (workshop_id, series_id, meetup_index) VALUES ($1, $1, 1)
         ON CONFLICT (workshop_id) DO NOTHING`,
        [earlierId],
      );
      const { rows } = await client.query<{ index: number }>(
        `INSERT INTO series_meetups (workshop_id, series_id, meetup_index)
         SELECT $1, $2, COALESCE(MAX(meetup_index), 0) + 1 FROM series_meetups WHERE series_id = $2
         RETURNING meetup_index AS index`,
        [workshopId, seriesId],
      );
      return { seriesId, index: Number(rows[0]?.index ?? 1) };
    });
  }

  async seriesOf(workshopId: string): Promise<SeriesMembership | null> {
    const { rows } = await this.pool.query<{ series_id: string; meetup_index: number }>(
      'SELECT series_id, meetup_index FROM series_meetups WHERE workshop_id = $1',
      [workshopId],
    );
    const row = rows[0];
    return row ? { seriesId: row.series_id, index: Number(row.meetup_index) } : null;
  }

  async listSeries(seriesId: string): Promise<Array<{ workshopId: string; index: number }>> {
    const { rows } = await this.pool.query<{ workshop_id: string; meetup_index: number }>(
      `SELECT workshop_id, meetup_index FROM series_meetups WHERE series_id = $1
       ORDER BY meetup_index`,
      [seriesId],
    );
    return rows.map((row) => ({ workshopId: row.workshop_id, index: Number(row.meetup_index) }));
  }

  async openReflectionRound(round: ReflectionRoundRecord): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO reflection_rounds (workshop_id, round_id, secret, opened_at)
       VALUES ($1, $2, $3, $4) ON CONFLICT (workshop_id) DO NOTHING`,
      [round.workshopId, round.roundId, round.secret, round.openedAt],
    );
    return rowCount === 1;
  }

  async getOpenReflectionRound(workshopId: string): Promise<ReflectionRoundRecord | null> {
    const { rows } = await this.pool.query<{ round_id: string; secret: string; opened_at: number }>(
      'SELECT round_id, secret, opened_at FROM reflection_rounds WHERE workshop_id = $1',
      [workshopId],
    );
    const row = rows[0];
    return row
      ? { workshopId, roundId: row.round_id, secret: row.secret, openedAt: Number(row.opened_at) }
      : null;
  }

  async saveReflectionAnswer(
    workshopId: string,
    roundId: string,
    answerKey: string,
    answer: ReflectionAnswer,
  ): Promise<{ replaced: boolean; responses: number } | null> {
    return inTransaction(this.pool, async (client) => {
      const round = await client.query<{ round_id: string }>(
        'SELECT round_id FROM reflection_rounds WHERE workshop_id = $1 FOR SHARE',
        [workshopId],
      );
      if (round.rows[0]?.round_id !== roundId) return null;
      const { rows } = await client.query<{ replaced: boolean }>(
        `INSERT INTO reflection_answers (workshop_id, answer_key, role, ratings, comment)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workshop_id, answer_key) DO UPDATE SET role = EXCLUDED.role,
           ratings = EXCLUDED.ratings, comment = EXCLUDED.comment
         RETURNING (xmax <> 0) AS replaced`,
        [workshopId, answerKey, answer.role, JSON.stringify(answer.ratings), answer.comment],
      );
      const count = await client.query<{ n: number }>(
        'SELECT COUNT(*)::int AS n FROM reflection_answers WHERE workshop_id = $1',
        [workshopId],
      );
      return { replaced: rows[0]?.replaced === true, responses: Number(count.rows[0]?.n ?? 0) };
    });
  }

  async closeReflectionRound(
    workshopId: string,
    roundId: string,
  ): Promise<ReflectionAnswer[] | null> {
    return inTransaction(this.pool, async (client) => {
      const round = await client.query<{ round_id: string }>(
        'SELECT round_id FROM reflection_rounds WHERE workshop_id = $1 FOR UPDATE',
        [workshopId],
      );
      if (round.rows[0]?.round_id !== roundId) return null;
      const { rows } = await client.query<{
        role: string | null;
        ratings: string;
        comment: string | null;
      }>('SELECT role, ratings, comment FROM reflection_answers WHERE workshop_id = $1', [
        workshopId,
      ]);
      // The answers go with the round (ON DELETE CASCADE).
      await client.query('DELETE FROM reflection_rounds WHERE workshop_id = $1', [workshopId]);
      return rows.map((row) => ({
        role: isRole(row.role) ? row.role : null,
        ratings: JSON.parse(row.ratings) as Record<string, number>,
        comment: row.comment,
      }));
    });
  }
}
