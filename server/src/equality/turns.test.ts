import { EMPTY_AIRTIME, DEFAULT_SPEAKING, type Speaker } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as turns from './turns.js';

const kari: Speaker = { participantId: 'kari', role: 'innbygger', name: 'Kari' };
const ola: Speaker = { participantId: 'ola', role: 'kommuneansatt' };
const siri: Speaker = { participantId: 'siri', role: 'politiker' };
const start: turns.Floor = { speaking: DEFAULT_SPEAKING, airtime: EMPTY_AIRTIME };

describe('SPEAK-1: airtime', () => {
  it('adds the length of each finished turn to the speaker and their role, on the server clock', () => {
    let floor = turns.grantTurn(start, kari, 1_000);
    floor = turns.grantTurn(floor, ola, 61_000); // Kari spoke 60 s
    floor = turns.endTurn(floor, 91_000); // Ola spoke 30 s
    floor = turns.grantTurn(floor, kari, 100_000);
    floor = turns.endTurn(floor, 110_000); // Kari again, 10 s
    expect(floor.speaking.current).toBeNull();
    expect(floor.airtime.totalMs).toBe(100_000);
    expect(floor.airtime.byRole).toMatchObject({
      innbygger: 70_000,
      kommuneansatt: 30_000,
      politiker: 0,
    });
    expect(floor.airtime.byParticipant).toEqual({
      kari: { role: 'innbygger', ms: 70_000, turns: 2 },
      ola: { role: 'kommuneansatt', ms: 30_000, turns: 1 },
    });
  });

  it('counts a speaker without a role (the facilitator) apart from the roles', () => {
    const facilitator: Speaker = { participantId: 'f', role: null };
    const floor = turns.endTurn(turns.grantTurn(start, facilitator, 0), 5_000);
    expect(floor.airtime.withoutRoleMs).toBe(5_000);
    expect(Object.values(floor.airtime.byRole).every((ms) => ms === 0)).toBe(true);
  });

  it('never counts negative time when clocks disagree', () => {
    const floor = turns.endTurn(turns.grantTurn(start, kari, 10_000), 9_000);
    expect(floor.airtime.byParticipant.kari?.ms).toBe(0);
  });
});

describe('the queue', () => {
  it('keeps first come, first served, and ignores a second raise', () => {
    let floor = turns.raiseHand(start, ola, 2);
    floor = turns.raiseHand(floor, kari, 1);
    floor = turns.raiseHand(floor, ola, 3);
    expect(floor.speaking.queue.map((hand) => hand.participantId)).toEqual(['kari', 'ola']);
    expect(floor.speaking.queue[0]).toEqual({ ...kari, raisedAt: 1 });
    expect(floor.speaking.queue[1]).not.toHaveProperty('name');
  });

  it('puts those who have spoken least first when the facilitator asks for it', () => {
    let floor = turns.endTurn(turns.grantTurn(start, kari, 0), 60_000);
    floor = turns.endTurn(turns.grantTurn(floor, ola, 60_000), 70_000);
    floor = turns.raiseHand(floor, kari, 100_000);
    floor = turns.raiseHand(floor, ola, 100_001);
    floor = turns.raiseHand(floor, siri, 100_002);
    expect(floor.speaking.queue.map((h) => h.participantId)).toEqual(['kari', 'ola', 'siri']);
    floor = turns.setRules(floor, { order: 'least-spoken-first' });
    expect(floor.speaking.queue.map((h) => h.participantId)).toEqual(['siri', 'ola', 'kari']);
    // The order follows airtime as it changes.
    floor = turns.endTurn(turns.grantTurn(floor, siri, 200_000), 300_000);
    floor = turns.raiseHand(floor, siri, 300_001);
    expect(floor.speaking.queue.map((h) => h.participantId)).toEqual(['ola', 'kari', 'siri']);
  });

  it('takes the person granted the floor out of the queue, and lowers hands', () => {
    let floor = turns.raiseHand(turns.raiseHand(start, kari, 1), ola, 2);
    floor = turns.grantTurn(floor, kari, 3);
    expect(floor.speaking.queue.map((h) => h.participantId)).toEqual(['ola']);
    expect(turns.raiseHand(floor, kari, 4)).toBe(floor); // speaking already
    expect(turns.lowerHand(floor, 'ola').speaking.queue).toEqual([]);
    expect(turns.lowerHand(floor, 'nobody')).toBe(floor);
  });

  it('gives a granted turn an end when there is a limit per turn', () => {
    const floor = turns.setRules(start, { turnLimitSeconds: 90 });
    expect(turns.grantTurn(floor, kari, 1_000).speaking.current).toEqual({
      ...kari,
      startedAt: 1_000,
      endsAt: 91_000,
    });
    expect(turns.grantTurn(start, kari, 1_000).speaking.current?.endsAt).toBeNull();
  });
});

describe('a round', () => {
  it('gives everybody the floor in order, counts passes, and ends after the last', () => {
    let floor = turns.startRound(start, [kari, ola, siri], 0);
    expect(floor.speaking.current?.participantId).toBe('kari');
    expect(floor.speaking.round).toEqual({ remaining: [ola, siri], total: 3, passed: 0 });
    floor = turns.endTurn(floor, 30_000);
    expect(floor.speaking.current?.participantId).toBe('ola');
    floor = turns.endTurn(floor, 31_000, true);
    expect(floor.speaking.current?.participantId).toBe('siri');
    expect(floor.speaking.round?.passed).toBe(1);
    floor = turns.endTurn(floor, 60_000);
    expect(floor.speaking.current).toBeNull();
    expect(floor.speaking.round).toBeNull();
    expect(floor.airtime.byParticipant).toMatchObject({
      kari: { ms: 30_000 },
      ola: { ms: 1_000 },
      siri: { ms: 29_000 },
    });
  });

  it('can be stopped, and the person speaking finishes then', () => {
    const floor = turns.endRound(turns.startRound(start, [kari, ola], 0), 5_000);
    expect(floor.speaking.round).toBeNull();
    expect(floor.speaking.current).toBeNull();
    expect(floor.airtime.byParticipant.kari?.ms).toBe(5_000);
  });
});
