import type { Role } from '@moteplass/shared';

/**
 * The series-and-reflection part of storage (issue 18): which meetups form a
 * series, and the answers of the one open reflection round per workshop.
 * Each backend implements it in its own file (`memory-series.ts`,
 * `sqlite-series.ts`, `postgres-series.ts`); `contract-series.ts` is its suite.
 *
 * Answers carry no participant id: `answerKey` is an HMAC of the participant
 * id under the round's secret, only so a second answer replaces the first
 * (REFL-4). Closing a round deletes its secret and its answers; the results
 * live on in the control document.
 */
export interface SeriesMembership {
  /** The first meetup's id; stays the same when that meetup is deleted. */
  seriesId: string;
  /** 1 for the first meetup, then one more for each; never reused. */
  index: number;
}

export interface ReflectionRoundRecord {
  workshopId: string;
  roundId: string;
  /** Random per round; keys the answers (HMAC). Deleted with the round. */
  secret: string;
  openedAt: number;
}

export interface ReflectionAnswer {
  /** The role the answer was given in (for role means, shown only from 3 answers). */
  role: Role | null;
  /** Field id → 1..5. */
  ratings: Record<string, number>;
  comment: string | null;
}

export interface SeriesStorage {
  /**
   * Puts `workshopId` after `earlierId` in its series, starting the series
   * (with `earlierId` as meetup 1) when it has none. One step: two meetups
   * created at once get different indexes.
   */
  joinSeries(earlierId: string, workshopId: string): Promise<SeriesMembership>;
  /** Null when the workshop is in no series (a lone meetup). */
  seriesOf(workshopId: string): Promise<SeriesMembership | null>;
  /** The series' meetups that still exist, by index. */
  listSeries(seriesId: string): Promise<Array<{ workshopId: string; index: number }>>;

  /** False (nothing stored) when the workshop has a round open already. */
  openReflectionRound(round: ReflectionRoundRecord): Promise<boolean>;
  getOpenReflectionRound(workshopId: string): Promise<ReflectionRoundRecord | null>;
  /**
   * Stores an answer to the open round `roundId`, replacing the one with the
   * same key. Null when that round is not open (closed, or another).
   */
  saveReflectionAnswer(
    workshopId: string,
    roundId: string,
    answerKey: string,
    answer: ReflectionAnswer,
  ): Promise<{ replaced: boolean; responses: number } | null>;
  /**
   * Closes the round and hands back its answers, in no particular order,
   * deleting them and the round's secret in the same step. Null when the
   * round is not open (a second close).
   */
  closeReflectionRound(workshopId: string, roundId: string): Promise<ReflectionAnswer[] | null>;
}
