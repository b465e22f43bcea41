import {
  AIRTIME_KEY,
  EMPTY_GROUP_FLOOR,
  GROUP_FLOORS_KEY,
  readAirtime,
  readGroupFloors,
} from '@moteplass/shared';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { closeGroupFloors, leaveGroupFloors } from './group-floor.js';

function controlWith(floors: unknown): Y.Map<unknown> {
  const doc = new Y.Doc();
  const state = doc.getMap<unknown>('workshop');
  state.set(GROUP_FLOORS_KEY, floors);
  return state;
}

const kari = { participantId: 'kari', role: 'innbygger' as const };

describe('group floors', () => {
  it('GROUPEQ-2: recall ends a group turn under way, counted in the group and the meetup, and empties queue and seat', () => {
    const state = controlWith({
      g1: {
        ...EMPTY_GROUP_FLOOR,
        host: 'per',
        speaking: {
          ...EMPTY_GROUP_FLOOR.speaking,
          current: { ...kari, startedAt: 1_000, endsAt: null },
          queue: [{ participantId: 'ola', role: 'kommuneansatt', raisedAt: 900 }],
        },
      },
    });
    closeGroupFloors(state, 61_000);
    const floor = readGroupFloors(state.get(GROUP_FLOORS_KEY)).g1!;
    expect(floor.host).toBeNull();
    expect(floor.speaking.current).toBeNull();
    expect(floor.speaking.queue).toEqual([]);
    expect(floor.airtime.byRole.innbygger).toBe(60_000);
    expect(readAirtime(state.get(AIRTIME_KEY)).byParticipant.kari).toEqual({
      role: 'innbygger',
      ms: 60_000,
      turns: 1,
    });
  });

  it('GROUPEQ-3: someone who leaves a group leaves its seat and its queue; others stay', () => {
    const state = controlWith({
      g1: {
        ...EMPTY_GROUP_FLOOR,
        host: 'kari',
        speaking: {
          ...EMPTY_GROUP_FLOOR.speaking,
          queue: [
            { ...kari, raisedAt: 1 },
            { participantId: 'per', role: 'politiker', raisedAt: 2 },
          ],
        },
      },
      g2: { ...EMPTY_GROUP_FLOOR, host: 'ola' },
    });
    leaveGroupFloors(state, 'kari');
    const floors = readGroupFloors(state.get(GROUP_FLOORS_KEY));
    expect(floors.g1!.host).toBeNull();
    expect(floors.g1!.speaking.queue.map((hand) => hand.participantId)).toEqual(['per']);
    expect(floors.g2!.host).toBe('ola');
  });
});
