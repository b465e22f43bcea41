import type { PollItem, VoteResult } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { poll } from './index';
import { optionCounts, pollTallies } from './tallies';

const item: PollItem = {
  type: 'poll',
  x: 0,
  y: 0,
  w: 320,
  h: 260,
  phase: 'design',
  question: 'Hvilken idé tester vi først?',
  options: ['Gåbuss', 'Sykkeltog', 'Trygge soner'],
};

function fakeContext() {
  const texts: string[] = [];
  const bars: number[] = [];
  const noop = () => {};
  const ctx = new Proxy(
    {
      font: '10px x',
      measureText: (text: string) => ({ width: text.length * 5 }),
      fillText: (text: string) => texts.push(text),
      fillRect: (_x: number, _y: number, w: number) => bars.push(w),
    } as Record<string | symbol, unknown>,
    { get: (target, key) => (key in target ? target[key] : noop), set: () => true },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, bars };
}

const closed = (tallies: VoteResult['tallies']): VoteResult =>
  ({ voteId: 'v1', closedAt: 1, voters: 3, tallies }) as unknown as VoteResult;

const t = ((key: string, options?: Record<string, unknown>) =>
  `${key}${options ? JSON.stringify(options) : ''}`) as unknown as Parameters<
  NonNullable<typeof poll.details>
>[1]['t'];

describe('the poll card', () => {
  it('KINDUI-2: draws its question and every option, and no counts before a closed vote', () => {
    const { ctx, texts, bars } = fakeContext();
    poll.draw(ctx, item, item, { images: new Map(), id: 'p1', tallies: new Map() });
    const drawn = texts.join(' ');
    for (const word of ['Hvilken', 'Gåbuss', 'Sykkeltog', 'Trygge']) expect(drawn).toContain(word);
    expect(texts.some((text) => /^\d+$/.test(text))).toBe(false);
    expect(bars).toHaveLength(0);
  });

  it('KINDUI-2: after a closed vote draws a bar and a count per option, longest for the most', () => {
    const { ctx, texts, bars } = fakeContext();
    const tallies = pollTallies([
      closed([
        { itemId: 'p1:0', count: 2 },
        { itemId: 'p1:2', count: 1 },
      ]),
    ]);
    poll.draw(ctx, item, item, { images: new Map(), id: 'p1', tallies });
    expect(texts).toEqual(expect.arrayContaining(['2', '0', '1']));
    // The card's own fill is not a fillRect; the two bars are, the longer for two votes.
    expect(bars).toHaveLength(2);
    expect(bars[0]!).toBeGreaterThan(bars[1]!);
  });

  it('KINDUI-3: reads out its question, its options and, only after the vote closed, the counts', () => {
    expect(poll.words(item)).toBe(item.question);
    const before = poll.details!(item, { id: 'p1', tallies: new Map(), t });
    expect(before).toContain('poll.option{"index":1,"option":"Gåbuss"}');
    expect(before).not.toContain('count');
    const tallies = pollTallies([closed([{ itemId: 'p1:1', count: 4 }])]);
    const after = poll.details!(item, { id: 'p1', tallies, t });
    expect(after).toContain('poll.optionWithVotes{"index":2,"option":"Sykkeltog","count":4}');
  });

  it('takes the latest closed vote on each poll and leaves other votes alone', () => {
    const tallies = pollTallies([
      closed([{ itemId: 'p1:0', count: 5 }]),
      closed([{ itemId: 'note-1', count: 3 }]),
      closed([{ itemId: 'p1:1', count: 2 }]),
    ]);
    expect(optionCounts('p1', item.options, tallies)).toEqual([0, 2, 0]);
    expect(optionCounts('p2', item.options, tallies)).toBeNull();
  });
});
