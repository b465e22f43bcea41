import { describe, expect, it } from 'vitest';
import { groupOf, readBreakout, runningBreakout, type BreakoutState } from './breakout.js';

const state: BreakoutState = {
  status: 'running',
  groups: [
    { id: 'a', name: 'Gruppe 1', members: ['p1', 'p2'], frameId: 'fa' },
    { id: 'b', name: 'Gruppe 2', members: ['p3'], frameId: 'fb' },
  ],
  mix: 'random',
  groupSize: 3,
  phase: 'explore',
  startedAt: 1,
};

describe('breakout control state', () => {
  it('reads a valid state and rejects a malformed one as none', () => {
    expect(readBreakout(state)).toEqual(state);
    expect(readBreakout({ ...state, status: 'paused' })).toBeNull();
    expect(readBreakout(undefined)).toBeNull();
  });

  it('finds the group of a member only while the breakout runs', () => {
    expect(groupOf(state, 'p3')?.id).toBe('b');
    expect(groupOf(state, 'facilitator')).toBeNull();
    const ended = { ...state, status: 'ended' as const, endedAt: 2 };
    expect(groupOf(ended, 'p3')).toBeNull();
    expect(runningBreakout(ended)).toBeNull();
  });
});
