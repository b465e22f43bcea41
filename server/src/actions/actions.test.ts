import type { ActionType } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchAction } from './index.js';
import { actionSetup, closeTestRooms, errorCode, watchControl } from './testing.js';

afterEach(closeTestRooms);

/** One valid body of every facilitator action this issue adds or owns. */
const FACILITATOR_ACTIONS: Partial<Record<ActionType, Record<string, unknown>>> = {
  setPhase: { type: 'setPhase', phase: 'design' },
  lockBoard: { type: 'lockBoard' },
  unlockBoard: { type: 'unlockBoard' },
  startTimer: { type: 'startTimer', seconds: 60 },
  pauseTimer: { type: 'pauseTimer' },
  resumeTimer: { type: 'resumeTimer' },
  extendTimer: { type: 'extendTimer', seconds: 60 },
  stopTimer: { type: 'stopTimer' },
  bringEveryoneToPhase: { type: 'bringEveryoneToPhase', phase: 'explore' },
  setCursorsVisible: { type: 'setCursorsVisible', visible: false },
  rotateJoinCode: { type: 'rotateJoinCode' },
  removeParticipant: { type: 'removeParticipant', participantId: 'someone' },
};

describe('dispatchAction', () => {
  it('refuses an unknown action type with UNKNOWN_ACTION', async () => {
    const { facilitator } = await actionSetup();
    for (const body of [
      { type: 'launchRockets' },
      {},
      null,
      'setPhase',
      { type: 42 },
      { type: 'toString' },
    ]) {
      expect(await errorCode(dispatchAction(facilitator(), body))).toBe('UNKNOWN_ACTION');
    }
  });

  it('AUTH-3: refuses a body that does not fit the action with BAD_REQUEST', async () => {
    const { facilitator, storage } = await actionSetup();
    const appendsBefore = storage.appendCalls.length;
    for (const body of [
      { type: 'setPhase' },
      { type: 'setPhase', phase: 'brainstorm' },
      { type: 'setPhase', phase: 'design', extra: true },
      { type: 'lockBoard', locked: false },
      { type: 'startTimer' },
      { type: 'startTimer', seconds: 0 },
      { type: 'startTimer', seconds: 4 * 3600 + 1 },
      { type: 'startTimer', seconds: 1.5 },
      { type: 'startTimer', seconds: '60' },
      { type: 'extendTimer', seconds: -60 },
      { type: 'extendTimer', seconds: 3601 },
      { type: 'pauseTimer', now: 1 },
      { type: 'bringEveryoneToPhase' },
      { type: 'bringEveryoneToPhase', phase: 'nowhere' },
      { type: 'setCursorsVisible', visible: 'no' },
      { type: 'rotateJoinCode', joinCode: 'AAAAAA' },
      { type: 'removeParticipant' },
      { type: 'removeParticipant', participantId: '' },
      { type: 'removeParticipant', participantId: 'x'.repeat(65) },
    ]) {
      expect(await errorCode(dispatchAction(facilitator(), body)), JSON.stringify(body)).toBe(
        'BAD_REQUEST',
      );
    }
    expect(storage.appendCalls).toHaveLength(appendsBefore);
  });

  it('AUTH-3: refuses a participant calling a facilitator action with FORBIDDEN, and changes nothing', async () => {
    const { participant, storage, workshops, workshop } = await actionSetup();
    const appendsBefore = storage.appendCalls.length;
    for (const body of Object.values(FACILITATOR_ACTIONS)) {
      expect(await errorCode(dispatchAction(participant(), body)), JSON.stringify(body)).toBe(
        'FORBIDDEN',
      );
    }
    expect(storage.appendCalls).toHaveLength(appendsBefore);
    expect(await workshops.joinCode(workshop.id)).toBe(workshop.joinCode);
  });

  it('lockBoard and unlockBoard set the lock in the control document', async () => {
    const { facilitator, storedControl } = await actionSetup();
    expect(await dispatchAction(facilitator(), { type: 'lockBoard' })).toEqual({
      ok: true,
      locked: true,
    });
    expect((await storedControl()).get('locked')).toBe(true);
    expect(await dispatchAction(facilitator(), { type: 'unlockBoard' })).toEqual({
      ok: true,
      locked: false,
    });
    expect((await storedControl()).get('locked')).toBe(false);
  });

  it('relays a facilitator action to everybody connected to the control room', async () => {
    const { facilitator, rooms, workshop } = await actionSetup();
    const watcher = await watchControl(rooms, workshop.id);
    await dispatchAction(facilitator(), { type: 'lockBoard' });
    expect(watcher.seen().get('locked')).toBe(true);
  });

  it('fails instead of answering ok when the change cannot be stored', async () => {
    const { facilitator, storage } = await actionSetup();
    storage.failAppends = new Error('disk full');
    await expect(
      dispatchAction(facilitator(), { type: 'setPhase', phase: 'produce' }),
    ).rejects.toThrow();
  });
});
