import { describe, expect, it } from 'vitest';
import { readBreakout, type BreakoutState } from './breakout.js';
import { choiceOpen, groupCapacity, groupHasRoom } from './breakout-choice.js';

const state = (over: Partial<BreakoutState> = {}): BreakoutState => ({
  status: 'running',
  groups: [
    { id: 'g1', name: 'Gruppe 1', members: ['a', 'b', 'c', 'd'], frameId: 'group-frame-g1' },
    { id: 'g2', name: 'Gruppe 2', members: [], frameId: 'group-frame-g2' },
  ],
  mix: 'choose',
  groupSize: 3,
  phase: 'explore',
  startedAt: 1,
  choosing: true,
  ...over,
});

describe('people pick a group (shared rules)', () => {
  it('BREAK-10: a group takes one more than the size asked for while people choose', () => {
    const s = state();
    expect(groupCapacity(3)).toBe(4);
    expect(groupHasRoom(s, s.groups[0]!)).toBe(false);
    expect(groupHasRoom(s, s.groups[1]!)).toBe(true);
    expect(choiceOpen(s)).toBe(true);
    expect(choiceOpen(state({ choosing: undefined }))).toBe(false);
    expect(choiceOpen(state({ status: 'ended' }))).toBe(false);
    expect(choiceOpen(null)).toBe(false);
  });

  it('readBreakout answers again for the same value without a second check, and checks a new one', () => {
    const s = state();
    expect(readBreakout(s)).toBe(s);
    expect(readBreakout(s)).toBe(s);
    expect(readBreakout({ ...s, mix: 'nope' })).toBeNull();
    expect(readBreakout(null)).toBeNull();
    expect(readBreakout(s)).toBe(s);
  });
});
