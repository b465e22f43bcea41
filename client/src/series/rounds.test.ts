import type { SeriesMeetup } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { roundsOf } from './rounds';

const meetup = (index: number, closedAt: number[]): SeriesMeetup => ({
  id: `m${index}`,
  title: `Møte ${index}`,
  createdAt: index,
  index,
  reflections: closedAt.map((at) => ({
    roundId: `r${at}`,
    closedAt: at,
    fields: [{ id: 'trust' }],
    means: { trust: 3 },
    n: 3,
  })),
});

describe('the series page’s reflection rounds', () => {
  it('lists every meetup’s closed rounds oldest first, each with its meetup’s number', () => {
    const rounds = roundsOf([meetup(1, [30, 10]), meetup(3, [40])]);
    expect(rounds.map((r) => [r.roundId, r.meetupIndex])).toEqual([
      ['r10', 1],
      ['r30', 1],
      ['r40', 3],
    ]);
  });
});
