import type { BoardItem, PhaseLogEntry, ReflectionState, VoteResult } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { rankResults, reflectionOnScreen, resultOnScreen } from './results';

const note = (text: string): BoardItem => ({
  type: 'note',
  x: 0,
  y: 0,
  w: 200,
  h: 200,
  phase: 'design',
  text,
  color: 'yellow',
});

const result = (tallies: [string, number][], closedAt = 100): VoteResult => ({
  voteId: 'v1',
  phase: 'design',
  frameId: null,
  dotsPerParticipant: 3,
  forbidOwnNotes: false,
  openedAt: 50,
  closedAt,
  voters: 4,
  tallies: tallies.map(([itemId, count]) => ({ itemId, count })),
});

const items = new Map<string, BoardItem>([
  ['a', note('Seniortreff')],
  ['b', note('Besøksvenn')],
  ['c', note('Kafé')],
  ['d', note('Buss')],
]);

describe('the results of a closed vote on the shared screen', () => {
  it('VOTE-RANK-1: ranks most dots first, equal dots share a rank and the next rank skips', () => {
    const ranked = rankResults(
      result([
        ['c', 2],
        ['a', 5],
        ['d', 1],
        ['b', 5],
      ]),
      items,
      10,
    );
    expect(ranked.notes.map((n) => [n.rank, n.itemId, n.dots])).toEqual([
      [1, 'a', 5],
      [1, 'b', 5],
      [3, 'c', 2],
      [4, 'd', 1],
    ]);
    expect(ranked.notes[0]?.text).toBe('Seniortreff');
    expect(ranked.more).toBe(0);
    expect(ranked.voters).toBe(4);
  });

  it('shows at most the limit and counts the rest', () => {
    const ranked = rankResults(
      result([
        ['a', 3],
        ['b', 2],
        ['c', 2],
        ['d', 1],
      ]),
      items,
      2,
    );
    expect(ranked.notes.map((n) => n.itemId)).toEqual(['a', 'b']);
    expect(ranked.more).toBe(2);
  });

  it('names a deleted note as null instead of dropping its dots', () => {
    const ranked = rankResults(result([['gone', 2]]), items, 5);
    expect(ranked.notes).toEqual([{ rank: 1, itemId: 'gone', text: null, dots: 2 }]);
  });

  it('VOTE-SCREEN-1: stays on screen until the facilitator moves on', () => {
    const closed = result([['a', 1]], 100);
    const noSilent = { active: null, lastReveal: null };
    const phaseLog = [{ phase: 'design' as const, startedAt: 10 }];
    expect(resultOnScreen([closed], null, phaseLog, noSilent)).toBe(closed);
    expect(resultOnScreen([], null, phaseLog, noSilent)).toBeNull();
    // A new vote is open.
    const open = { ...closed, voteId: 'v2', voters: 0, votersDone: 0 };
    expect(resultOnScreen([closed], open, phaseLog, noSilent)).toBeNull();
    // A new phase started after the vote closed.
    const moved = [
      { phase: 'design' as const, startedAt: 10, endedAt: 120 },
      { phase: 'prototype' as const, startedAt: 120 },
    ];
    expect(resultOnScreen([closed], null, moved, noSilent)).toBeNull();
    // Silent writing started after it.
    const writing = {
      active: {
        roundId: 'r',
        phase: 'design' as const,
        reveal: 'anonymous' as const,
        startedAt: 150,
        endsAt: null,
      },
      lastReveal: null,
    };
    expect(resultOnScreen([closed], null, phaseLog, writing)).toBeNull();
  });
});

describe('the process reflection on the shared screen', () => {
  const round = (status: 'open' | 'closed', closedAt?: number): ReflectionState => ({
    status,
    roundId: 'r1',
    fields: [{ id: 'trust' }],
    responses: 3,
    openedAt: 10,
    ...(closedAt === undefined ? {} : { closedAt }),
    ...(status === 'closed'
      ? { results: { trust: { mean: 4, n: 3, spread: { min: 3, max: 5, sd: 1 } } } }
      : {}),
  });
  const phaseAt = (startedAt: number): PhaseLogEntry[] => [{ phase: 'design', startedAt }];

  it('REFLUI-1: shows an open round (its count only) and a closed one until the facilitator moves on', () => {
    expect(reflectionOnScreen(round('open'), null, null, phaseAt(0))?.status).toBe('open');
    expect(reflectionOnScreen(round('closed', 100), null, null, phaseAt(0))?.status).toBe('closed');
    // A new phase, a vote under way or a vote closed later replace it.
    expect(reflectionOnScreen(round('closed', 100), null, null, phaseAt(200))).toBeNull();
    expect(reflectionOnScreen(round('closed', 100), null, result([], 300), phaseAt(0))).toBeNull();
    expect(reflectionOnScreen(null, null, null, phaseAt(0))).toBeNull();
  });
});
