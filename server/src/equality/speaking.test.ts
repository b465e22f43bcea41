import { AIRTIME_KEY, SPEAKING_KEY, readAirtime, readSpeaking } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestRooms, actionSetup, errorCode } from '../actions/testing.js';

afterEach(closeTestRooms);

describe('speaking actions', () => {
  it('SPEAK-2: raiseHand and lowerHand put a participant in and out of the public queue', async () => {
    const { act, people, storedControl } = await actionSetup();
    expect(await act(people.kari, { type: 'raiseHand' }, 100)).toEqual({ ok: true, raised: true });
    await act(people.ola, { type: 'raiseHand' }, 200);
    const queue = readSpeaking((await storedControl()).get(SPEAKING_KEY)).queue;
    expect(queue).toEqual([
      { participantId: people.kari.participantId, role: 'innbygger', name: 'Kari', raisedAt: 100 },
      { participantId: people.ola.participantId, role: 'kommuneansatt', raisedAt: 200 },
    ]);
    await act(people.kari, { type: 'lowerHand' });
    const after = readSpeaking((await storedControl()).get(SPEAKING_KEY)).queue;
    expect(after.map((hand) => hand.participantId)).toEqual([people.ola.participantId]);
  });

  it("lets only the facilitator lower somebody else's hand", async () => {
    const { act, people, storedControl } = await actionSetup();
    await act(people.ola, { type: 'raiseHand' });
    const lowerOla = { type: 'lowerHand', participantId: people.ola.participantId } as const;
    expect(await errorCode(act(people.kari, lowerOla))).toBe('FORBIDDEN');
    await act(people.facilitator, lowerOla);
    expect(readSpeaking((await storedControl()).get(SPEAKING_KEY)).queue).toEqual([]);
  });

  it('grantTurn and endTurn measure the turn on the server clock', async () => {
    const { act, people, storedControl } = await actionSetup();
    await act(people.facilitator, { type: 'setSpeakingRules', turnLimitSeconds: 120 });
    const grant = { type: 'grantTurn', participantId: people.siri.participantId } as const;
    expect(await act(people.facilitator, grant, 10_000)).toEqual({ ok: true, endsAt: 130_000 });
    expect(await act(people.facilitator, { type: 'endTurn' }, 55_000)).toEqual({
      ok: true,
      next: null,
    });
    const airtime = readAirtime((await storedControl()).get(AIRTIME_KEY));
    expect(airtime.byRole.politiker).toBe(45_000);
    expect(airtime.byParticipant[people.siri.participantId]).toEqual({
      role: 'politiker',
      ms: 45_000,
      turns: 1,
    });
    expect(await errorCode(act(people.facilitator, { type: 'endTurn' }))).toBe('NO_CURRENT_TURN');
  });

  it('refuses facilitator speaking actions from a participant with 403, changing nothing', async () => {
    const { act, people, storage } = await actionSetup();
    const appends = storage.appendCalls.length;
    for (const action of [
      { type: 'grantTurn', participantId: people.kari.participantId },
      { type: 'endTurn' },
      { type: 'startRound' },
      { type: 'endRound' },
      { type: 'setSpeakingRules', order: 'least-spoken-first' },
    ] as const) {
      expect(await errorCode(act(people.kari, action)), action.type).toBe('FORBIDDEN');
    }
    expect(storage.appendCalls.length).toBe(appends);
  });

  it('grantTurn refuses somebody who is not in the workshop', async () => {
    const { act, people } = await actionSetup();
    const grant = { type: 'grantTurn', participantId: 'stranger' } as const;
    expect(await errorCode(act(people.facilitator, grant))).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('passTurn is for the speaker only, and moves a round on', async () => {
    const { act, people, openBoard, storedControl } = await actionSetup();
    for (const peer of [people.facilitator, people.kari, people.ola, people.siri]) {
      await openBoard(peer);
    }
    expect(await act(people.facilitator, { type: 'startRound' }, 0)).toEqual({
      ok: true,
      speakers: 3,
    });
    let speaking = readSpeaking((await storedControl()).get(SPEAKING_KEY));
    expect(speaking.current?.participantId).toBe(people.kari.participantId);
    expect(await errorCode(act(people.ola, { type: 'passTurn' }))).toBe('NOT_YOUR_TURN');
    await act(people.kari, { type: 'passTurn' }, 2_000);
    speaking = readSpeaking((await storedControl()).get(SPEAKING_KEY));
    expect(speaking.current?.participantId).toBe(people.ola.participantId);
    expect(speaking.round).toMatchObject({ total: 3, passed: 1 });
    await act(people.facilitator, { type: 'endRound' }, 3_000);
    speaking = readSpeaking((await storedControl()).get(SPEAKING_KEY));
    expect(speaking).toMatchObject({ current: null, round: null });
    expect(await errorCode(act(people.facilitator, { type: 'endRound' }))).toBe('NO_ROUND');
  });

  it('startRound needs somebody present', async () => {
    const { act, people } = await actionSetup();
    expect(await errorCode(act(people.facilitator, { type: 'startRound' }))).toBe('NOBODY_PRESENT');
  });
});
