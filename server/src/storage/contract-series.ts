import { beforeEach, expect, it } from 'vitest';
import { sampleWorkshop } from './fixtures.js';
import type { ReflectionAnswer, Storage } from './types.js';

const answer = (rating: number, comment: string | null = null): ReflectionAnswer => ({
  role: 'innbygger',
  ratings: { communication: rating, trust: 5 },
  comment,
});

/** Series membership and reflection answers, for every Storage implementation (from contract.ts). */
export function describeSeriesContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  async function workshops(count: number) {
    const list = Array.from({ length: count }, () => sampleWorkshop());
    for (const w of list) await storage.createWorkshop(w);
    return list.map((w) => w.id);
  }

  it('SERIES-1: a series starts at its first meetup and numbers the next ones in order', async () => {
    const [first, second, third, lone] = await workshops(4);
    expect(await storage.series.seriesOf(first!)).toBeNull();
    expect(await storage.series.joinSeries(first!, second!)).toEqual({ seriesId: first, index: 2 });
    // Continuing from any meetup of the series keeps the series.
    expect(await storage.series.joinSeries(second!, third!)).toEqual({ seriesId: first, index: 3 });
    expect(await storage.series.seriesOf(first!)).toEqual({ seriesId: first, index: 1 });
    expect(await storage.series.listSeries(first!)).toEqual([
      { workshopId: first, index: 1 },
      { workshopId: second, index: 2 },
      { workshopId: third, index: 3 },
    ]);
    expect(await storage.series.seriesOf(lone!)).toBeNull();
  });

  it('SERIES-3: deleting a meetup takes it out of the series; the series survives', async () => {
    const [first, second, third] = await workshops(3);
    await storage.series.joinSeries(first!, second!);
    await storage.series.joinSeries(second!, third!);
    await storage.deleteWorkshop(first!);
    expect(await storage.series.listSeries(first!)).toEqual([
      { workshopId: second, index: 2 },
      { workshopId: third, index: 3 },
    ]);
    const [fourth] = await workshops(1);
    expect(await storage.series.joinSeries(third!, fourth!)).toEqual({ seriesId: first, index: 4 });
  });

  it('SERIES-1: meetups created at once get different indexes', async () => {
    const [first, ...next] = await workshops(5);
    const joined = await Promise.all(next.map((id) => storage.series.joinSeries(first!, id)));
    expect(joined.map((m) => m.index).sort()).toEqual([2, 3, 4, 5]);
  });

  it('REFL-4: one open round per workshop; a second answer under the same key replaces the first', async () => {
    const [id] = await workshops(1);
    const round = { workshopId: id!, roundId: 'r1', secret: 's', openedAt: 1 };
    expect(await storage.series.openReflectionRound(round)).toBe(true);
    expect(await storage.series.openReflectionRound({ ...round, roundId: 'r2' })).toBe(false);
    expect(await storage.series.getOpenReflectionRound(id!)).toEqual(round);
    expect(await storage.series.saveReflectionAnswer(id!, 'r1', 'k1', answer(2))).toEqual({
      replaced: false,
      responses: 1,
    });
    expect(await storage.series.saveReflectionAnswer(id!, 'r1', 'k2', answer(4))).toEqual({
      replaced: false,
      responses: 2,
    });
    expect(await storage.series.saveReflectionAnswer(id!, 'r1', 'k1', answer(3, 'Bra'))).toEqual({
      replaced: true,
      responses: 2,
    });
    expect(await storage.series.saveReflectionAnswer(id!, 'other', 'k3', answer(1))).toBeNull();
    const closed = await storage.series.closeReflectionRound(id!, 'r1');
    expect(closed?.map((a) => a.ratings.communication).sort()).toEqual([3, 4]);
    expect(closed?.find((a) => a.ratings.communication === 3)?.comment).toBe('Bra');
    expect(closed?.[0]?.role).toBe('innbygger');
  });

  it('REFL-7: closing deletes the round and its answers; no answer lands after the close', async () => {
    const [id] = await workshops(1);
    await storage.series.openReflectionRound({
      workshopId: id!,
      roundId: 'r1',
      secret: 's',
      openedAt: 1,
    });
    await storage.series.saveReflectionAnswer(id!, 'r1', 'k1', answer(2));
    expect(await storage.series.closeReflectionRound(id!, 'r1')).toHaveLength(1);
    expect(await storage.series.closeReflectionRound(id!, 'r1')).toBeNull();
    expect(await storage.series.getOpenReflectionRound(id!)).toBeNull();
    expect(await storage.series.saveReflectionAnswer(id!, 'r1', 'k1', answer(2))).toBeNull();
    // A new round starts empty.
    await storage.series.openReflectionRound({
      workshopId: id!,
      roundId: 'r2',
      secret: 't',
      openedAt: 2,
    });
    expect(await storage.series.closeReflectionRound(id!, 'r2')).toEqual([]);
  });

  it('REFL-7: deleting a workshop deletes its open round and answers', async () => {
    const [id] = await workshops(1);
    await storage.series.openReflectionRound({
      workshopId: id!,
      roundId: 'r1',
      secret: 's',
      openedAt: 1,
    });
    await storage.series.saveReflectionAnswer(id!, 'r1', 'k1', answer(2, 'Hemmelig kommentar'));
    await storage.deleteWorkshop(id!);
    expect(await storage.series.getOpenReflectionRound(id!)).toBeNull();
    expect(await storage.series.closeReflectionRound(id!, 'r1')).toBeNull();
  });
}
