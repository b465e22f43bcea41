import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../board/items.js';
import { orderQueue, readSpeaking, DEFAULT_SPEAKING } from './speaking.js';
import { isOnBallot, readOpenVote, readVoteResults, sortTallies } from './voting.js';

const frame: BoardItem = {
  type: 'frame',
  x: 0,
  y: 0,
  w: 1000,
  h: 1000,
  phase: 'design',
  title: 'D',
};
const note = (x: number, phase: 'explore' | 'design' = 'explore'): BoardItem => ({
  type: 'note',
  x,
  y: 100,
  w: 200,
  h: 200,
  phase,
  text: 'n',
  color: 'yellow',
});

describe('the ballot', () => {
  it('takes a phase’s notes, or the notes whose centre lies inside the frame', () => {
    const byPhase = { phase: 'explore' as const, frameId: null };
    expect(isOnBallot(note(0), byPhase, null)).toBe(true);
    expect(isOnBallot(note(0, 'design'), byPhase, null)).toBe(false);
    expect(isOnBallot(frame, byPhase, null)).toBe(false);
    const byFrame = { phase: null, frameId: 'f' };
    expect(isOnBallot(note(850), byFrame, frame)).toBe(true);
    expect(isOnBallot(note(950), byFrame, frame)).toBe(false);
    expect(isOnBallot(note(0), byFrame, null)).toBe(false);
  });

  it('sorts tallies most dots first, ties by id', () => {
    expect(
      sortTallies([
        { itemId: 'b', count: 1 },
        { itemId: 'c', count: 3 },
        { itemId: 'a', count: 1 },
      ]).map((t) => t.itemId),
    ).toEqual(['c', 'a', 'b']);
  });

  it('reads nonsense as no vote and no results', () => {
    expect(readOpenVote({ voteId: 1 })).toBeNull();
    expect(readVoteResults([{ voteId: 'x' }, 'nonsense'])).toEqual([]);
    expect(readSpeaking({ order: 'loudest-first' })).toEqual(DEFAULT_SPEAKING);
  });
});

describe('queue order', () => {
  const hands = [
    { participantId: 'a', role: null, raisedAt: 3 },
    { participantId: 'b', role: null, raisedAt: 1 },
    { participantId: 'c', role: null, raisedAt: 2 },
  ];
  it('is by raise time, or by least airtime first and then raise time', () => {
    const airtime = { byParticipant: { b: { role: null, ms: 100, turns: 1 } } };
    expect(orderQueue(hands, 'first-come', airtime).map((h) => h.participantId)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(orderQueue(hands, 'least-spoken-first', airtime).map((h) => h.participantId)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });
});
