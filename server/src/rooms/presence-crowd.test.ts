import { describe, expect, it } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.js';
import { PresenceBroadcast, presenceLimits } from './presence-broadcast.js';

/** Just enough of an Awareness and its connections for `takeDue`'s timing. */
function crowdRoom(threshold: number) {
  const states = new Map<number, unknown>([
    [1, { cursor: { x: 0, y: 0 } }],
    [2, { cursor: { x: 0, y: 0 } }],
  ]);
  const awareness = { states, meta: new Map() } as unknown as Awareness;
  const broadcast = new PresenceBroadcast(
    awareness,
    {
      statesPerSecond: 20,
      sendsPerSecond: 1e9,
      crowdThreshold: threshold,
      crowdStatesPerSecond: 4,
    },
    () => {},
  );
  const person = (facilitator: boolean) => ({ peer: { facilitator } }) as unknown as Connection;
  broadcast.owners.set(1, person(true));
  broadcast.owners.set(2, person(false));
  return broadcast;
}

/** Both clients move at t = 0 (sent) and again at t = 1 ms; which of them is due at `at`? */
function dueAfterSecondMove(broadcast: PresenceBroadcast, connections: number, at: number) {
  broadcast.changed(1);
  broadcast.changed(2);
  broadcast.takeDue(0, connections);
  broadcast.changed(1);
  broadcast.changed(2);
  const due = broadcast.takeDue(at, connections) ?? [];
  broadcast.dispose();
  return due.sort();
}

describe('PresenceBroadcast — crowd mode', () => {
  it('CROWD-1: below the threshold every client keeps the full rate', () => {
    expect(dueAfterSecondMove(crowdRoom(150), 149, 60)).toEqual([1, 2]);
  });

  it("CROWD-1: in a crowd a participant's states are thinned and the facilitator's are not", () => {
    expect(dueAfterSecondMove(crowdRoom(150), 150, 60)).toEqual([1]);
    expect(dueAfterSecondMove(crowdRoom(150), 150, 260)).toEqual([1, 2]);
  });

  it('CROWD-1: the latest thinned state still goes out when its window ends', () => {
    const broadcast = crowdRoom(2);
    broadcast.changed(2);
    broadcast.takeDue(0, 10);
    broadcast.changed(2);
    expect(broadcast.takeDue(100, 10)).toBeNull();
    expect(broadcast.takeDue(250, 10)).toEqual([2]);
    broadcast.dispose();
  });

  it('takes its defaults from LIMITS, with a configurable threshold', () => {
    expect(presenceLimits(300)).toMatchObject({ crowdThreshold: 300, crowdStatesPerSecond: 8 });
    expect(presenceLimits().crowdThreshold).toBe(150);
  });
});
