import { describe, expect, it } from 'vitest';
import type { BreakoutState } from './breakout.js';
import {
  EMPTY_GROUP_FLOOR,
  ballotScopeFor,
  hostOf,
  inGroupScope,
  readGroupFloors,
  silentPhaseFor,
} from './group-equality.js';

const breakout: BreakoutState = {
  status: 'running',
  groups: [
    { id: 'g1', name: 'Gruppe 1', members: ['kari', 'per'], frameId: 'group-frame-g1' },
    { id: 'g2', name: 'Gruppe 2', members: ['ola'], frameId: 'group-frame-g2' },
  ],
  mix: 'roles',
  groupSize: 3,
  phase: 'explore',
  startedAt: 1,
};

describe('group equality state', () => {
  it('GROUPEQ-3: the host is the seat holder only while still a member of the group', () => {
    const floors = {
      g1: { ...EMPTY_GROUP_FLOOR, host: 'kari' },
      g2: { ...EMPTY_GROUP_FLOOR, host: 'kari' },
    };
    expect(hostOf(breakout, floors, 'g1')).toBe('kari');
    expect(hostOf(breakout, floors, 'g2')).toBeNull();
    expect(hostOf(null, floors, 'g1')).toBeNull();
  });

  it('GROUPEQ-2: a malformed group floor is left out, the others are read', () => {
    const floors = readGroupFloors({ g1: EMPTY_GROUP_FLOOR, g2: { host: 5 } });
    expect(Object.keys(floors)).toEqual(['g1']);
    expect(readGroupFloors('nonsense')).toEqual({});
  });

  it('GROUPEQ-4: a group vote gives members their own frame, outsiders nothing; a room vote is unchanged', () => {
    const room = { phase: 'explore' as const, frameId: null, pollId: null };
    expect(ballotScopeFor(room, breakout, 'ola')).toBe(room);
    const one = { ...room, phase: null, frameId: 'group-frame-g1', groupId: 'g1' };
    expect(ballotScopeFor(one, breakout, 'per')).toMatchObject({ frameId: 'group-frame-g1' });
    expect(ballotScopeFor(one, breakout, 'ola')).toBeNull();
    const all = { ...room, allGroups: true };
    expect(ballotScopeFor(all, breakout, 'ola')).toMatchObject({ frameId: 'group-frame-g2' });
    expect(ballotScopeFor(all, breakout, 'facilitator')).toBeNull();
  });

  it('GROUPEQ-5: a group’s silent round holds back its members only', () => {
    const silent = {
      active: {
        roundId: 'r',
        phase: 'design' as const,
        reveal: 'anonymous' as const,
        startedAt: 1,
        endsAt: null,
        groupId: 'g2',
      },
      lastReveal: null,
    };
    expect(silentPhaseFor(silent, breakout, 'ola')).toBe('design');
    expect(silentPhaseFor(silent, breakout, 'kari')).toBeNull();
    expect(inGroupScope({ allGroups: true }, breakout, 'kari')).toBe(true);
    expect(inGroupScope({ allGroups: true }, breakout, 'nobody')).toBe(false);
    expect(inGroupScope({}, null, 'nobody')).toBe(true);
  });
});
