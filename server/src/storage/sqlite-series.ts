import type Database from 'better-sqlite3';
import { isRole } from '@moteplass/shared';
import type {
  ReflectionAnswer,
  ReflectionRoundRecord,
  SeriesMembership,
  SeriesStorage,
} from './series-types.js';

interface RoundRow {
  workshop_id: string;
  round_id: string;
  secret: string;
  opened_at: number;
}
interface AnswerRow {
  role: string | null;
  ratings: string;
  comment: string | null;
}

/**
 * Series membership and open reflection rounds in SQLite (tables from
 * migration 006; rows go with their workshop by ON DELETE CASCADE).
 * `afterClose` scrubs the WAL (DISK-1): answers held a role next to a comment.
 */
export class SqliteSeriesStore implements SeriesStorage {
  private readonly sql;

  constructor(
    private readonly db: Database.Database,
    private readonly afterClose: () => Promise<void> = async () => {},
  ) {
    this.sql = {
      membership: db.prepare<[string], { series_id: string; meetup_index: number }>(
        'SELECT series_id, meetup_index FROM series_meetups WHERE workshop_id = ?',
      ),
      lastIndex: db.prepare<[string], { last: number }>(
        'SELECT COALESCE(MAX(meetup_index), 0) AS last FROM series_meetups WHERE series_id = ?',
      ),
      insertMembership: db.prepare<[string, string, number]>(
        'INSERT INTO series_meetups (workshop_id, series_id, meetup_index) VALUES (?, ?, ?)',
      ),
      list: db.prepare<[string], { workshop_id: string; meetup_index: number }>(
        `SELECT workshop_id, meetup_index FROM series_meetups WHERE series_id = ?
         ORDER BY meetup_index`,
      ),
      insertRound: db.prepare<RoundRow>(
        `INSERT INTO reflection_rounds (workshop_id, round_id, secret, opened_at)
         VALUES (@workshop_id, @round_id, @secret, @opened_at) ON CONFLICT (workshop_id) DO NOTHING`,
      ),
      round: db.prepare<[string], RoundRow>(
        'SELECT * FROM reflection_rounds WHERE workshop_id = ?',
      ),
      answerExists: db.prepare<[string, string], { one: number }>(
        'SELECT 1 AS one FROM reflection_answers WHERE workshop_id = ? AND answer_key = ?',
      ),
      upsertAnswer: db.prepare<{
        workshopId: string;
        answerKey: string;
        role: string | null;
        ratings: string;
        comment: string | null;
      }>(
        `INSERT INTO reflection_answers (workshop_id, answer_key, role, ratings, comment)
         VALUES (@workshopId, @answerKey, @role, @ratings, @comment)
         ON CONFLICT (workshop_id, answer_key) DO UPDATE SET role = excluded.role,
           ratings = excluded.ratings, comment = excluded.comment`,
      ),
      countAnswers: db.prepare<[string], { n: number }>(
        'SELECT COUNT(*) AS n FROM reflection_answers WHERE workshop_id = ?',
      ),
      answers: db.prepare<[string], AnswerRow>(
        'SELECT role, ratings, comment FROM reflection_answers WHERE workshop_id = ?',
      ),
      deleteRound: db.prepare<[string]>('DELETE FROM reflection_rounds WHERE workshop_id = ?'),
    };
  }

  async joinSeries(earlierId: string, workshopId: string): Promise<SeriesMembership> {
    return this.db
      .transaction((): SeriesMembership => {
        let earlier = this.sql.membership.get(earlierId);
        if (!earlier) {
          this.sql.insertMembership.run(earlierId, earlierId, 1);
          earlier = { series_id: earlierId, meetup_index: 1 };
        }
        const index = (this.sql.lastIndex.get(earlier.series_id)?.last ?? 0) + 1;
        this.sql.insertMembership.run(workshopId, earlier.series_id, index);
        return { seriesId: earlier.series_id, index };
      })
      .immediate();
  }

  async seriesOf(workshopId: string): Promise<SeriesMembership | null> {
    const row = this.sql.membership.get(workshopId);
    return row ? { seriesId: row.series_id, index: row.meetup_index } : null;
  }

  async listSeries(seriesId: string): Promise<Array<{ workshopId: string; index: number }>> {
    return this.sql.list
      .all(seriesId)
      .map((row) => ({ workshopId: row.workshop_id, index: row.meetup_index }));
  }

  async openReflectionRound(round: ReflectionRoundRecord): Promise<boolean> {
    const result = this.sql.insertRound.run({
      workshop_id: round.workshopId,
      round_id: round.roundId,
      secret: round.secret,
      opened_at: round.openedAt,
    });
    return result.changes === 1;
  }

  async getOpenReflectionRound(workshopId: string): Promise<ReflectionRoundRecord | null> {
    const row = this.sql.round.get(workshopId);
    return row
      ? { workshopId, roundId: row.round_id, secret: row.secret, openedAt: row.opened_at }
      : null;
  }

  async saveReflectionAnswer(
    workshopId: string,
    roundId: string,
    answerKey: string,
    answer: ReflectionAnswer,
  ): Promise<{ replaced: boolean; responses: number } | null> {
    return this.db
      .transaction(() => {
        if (this.sql.round.get(workshopId)?.round_id !== roundId) return null;
        const replaced = this.sql.answerExists.get(workshopId, answerKey) !== undefined;
        this.sql.upsertAnswer.run({
          workshopId,
          answerKey,
          role: answer.role,
          ratings: JSON.stringify(answer.ratings),
          comment: answer.comment,
        });
        return { replaced, responses: this.sql.countAnswers.get(workshopId)?.n ?? 0 };
      })
      .immediate();
  }

  async closeReflectionRound(
    workshopId: string,
    roundId: string,
  ): Promise<ReflectionAnswer[] | null> {
    const answers = this.db
      .transaction(() => {
        if (this.sql.round.get(workshopId)?.round_id !== roundId) return null;
        const rows = this.sql.answers.all(workshopId);
        // The answers go with the round (ON DELETE CASCADE).
        this.sql.deleteRound.run(workshopId);
        return rows.map(answerFromRow);
      })
      .immediate();
    if (answers) await this.afterClose();
    return answers;
  }
}

function answerFromRow(row: AnswerRow): ReflectionAnswer {
  const ratings: unknown = JSON.parse(row.ratings);
  return {
    role: isRole(row.role) ? row.role : null,
    ratings:
      ratings !== null && typeof ratings === 'object' ? (ratings as Record<string, number>) : {},
    comment: row.comment,
  };
}
