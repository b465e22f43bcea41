import type {
  ReflectionAnswer,
  ReflectionRoundRecord,
  SeriesMembership,
  SeriesStorage,
} from './series-types.js';

interface OpenRound extends ReflectionRoundRecord {
  answers: Map<string, ReflectionAnswer>;
}

/** Series membership and open reflection rounds in memory (MemoryStorage's `series`). */
export class MemorySeriesStore implements SeriesStorage {
  private readonly memberships = new Map<string, SeriesMembership>();
  private readonly rounds = new Map<string, OpenRound>();

  async joinSeries(earlierId: string, workshopId: string): Promise<SeriesMembership> {
    let earlier = this.memberships.get(earlierId);
    if (!earlier) {
      earlier = { seriesId: earlierId, index: 1 };
      this.memberships.set(earlierId, earlier);
    }
    const { seriesId } = earlier;
    let last = 0;
    for (const m of this.memberships.values())
      if (m.seriesId === seriesId) last = Math.max(last, m.index);
    const joined = { seriesId, index: last + 1 };
    this.memberships.set(workshopId, joined);
    return { ...joined };
  }

  async seriesOf(workshopId: string): Promise<SeriesMembership | null> {
    const found = this.memberships.get(workshopId);
    return found ? { ...found } : null;
  }

  async listSeries(seriesId: string): Promise<Array<{ workshopId: string; index: number }>> {
    return [...this.memberships]
      .filter(([, m]) => m.seriesId === seriesId)
      .map(([workshopId, m]) => ({ workshopId, index: m.index }))
      .sort((a, b) => a.index - b.index);
  }

  async openReflectionRound(round: ReflectionRoundRecord): Promise<boolean> {
    if (this.rounds.has(round.workshopId)) return false;
    this.rounds.set(round.workshopId, { ...round, answers: new Map() });
    return true;
  }

  async getOpenReflectionRound(workshopId: string): Promise<ReflectionRoundRecord | null> {
    const round = this.rounds.get(workshopId);
    if (!round) return null;
    const { answers: _answers, ...record } = round;
    return record;
  }

  async saveReflectionAnswer(
    workshopId: string,
    roundId: string,
    answerKey: string,
    answer: ReflectionAnswer,
  ): Promise<{ replaced: boolean; responses: number } | null> {
    const round = this.rounds.get(workshopId);
    if (!round || round.roundId !== roundId) return null;
    const replaced = round.answers.has(answerKey);
    round.answers.set(answerKey, structuredClone(answer));
    return { replaced, responses: round.answers.size };
  }

  async closeReflectionRound(
    workshopId: string,
    roundId: string,
  ): Promise<ReflectionAnswer[] | null> {
    const round = this.rounds.get(workshopId);
    if (!round || round.roundId !== roundId) return null;
    this.rounds.delete(workshopId);
    return [...round.answers.values()];
  }

  /** Deleting a workshop: its round, its answers and its place in a series. */
  deleteWorkshop(workshopId: string): void {
    this.rounds.delete(workshopId);
    this.memberships.delete(workshopId);
  }

  clear(): void {
    this.rounds.clear();
    this.memberships.clear();
  }
}
