import { CONTROL_ROOT } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.js';
import { TestStorage, connect, silentLogger, storedDoc, testPeer } from '../rooms/fakes.js';
import { RoomRegistry, type Peer } from '../rooms/index.js';
import { createRoomPolicy } from '../workshops/room-policies.js';
import { dispatchAction, type ActionContext } from './index.js';

const registries: RoomRegistry[] = [];

function setup() {
  const storage = new TestStorage();
  const rooms = new RoomRegistry({ storage, logger: silentLogger, createPolicy: createRoomPolicy });
  registries.push(rooms);
  const as = (peer: Partial<Peer>): ActionContext => ({
    peer: testPeer({ workshopId: 'w1', ...peer }),
    rooms,
    now: Date.now(),
  });
  return {
    storage,
    rooms,
    facilitator: as({ facilitator: true, role: null }),
    participant: as({ facilitator: false, role: 'innbygger' }),
  };
}

afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
});

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe('dispatchAction', () => {
  it('refuses an unknown action type with UNKNOWN_ACTION', async () => {
    const { facilitator } = setup();
    for (const body of [
      { type: 'launchRockets' },
      {},
      null,
      'setPhase',
      { type: 42 },
      { type: 'toString' },
    ]) {
      expect(await errorCode(dispatchAction(facilitator, body))).toBe('UNKNOWN_ACTION');
    }
  });

  it('refuses a body that does not fit the action with BAD_REQUEST', async () => {
    const { facilitator, storage } = setup();
    for (const body of [
      { type: 'setPhase' },
      { type: 'setPhase', phase: 'brainstorm' },
      { type: 'setPhase', phase: 'design', extra: true },
      { type: 'lockBoard', locked: false },
    ]) {
      expect(await errorCode(dispatchAction(facilitator, body)), JSON.stringify(body)).toBe(
        'BAD_REQUEST',
      );
    }
    expect(storage.appendCalls).toHaveLength(0);
  });

  it('refuses a participant calling a facilitator action with FORBIDDEN, and changes nothing', async () => {
    const { participant, storage } = setup();
    for (const body of [
      { type: 'setPhase', phase: 'design' },
      { type: 'lockBoard' },
      { type: 'unlockBoard' },
    ]) {
      expect(await errorCode(dispatchAction(participant, body))).toBe('FORBIDDEN');
    }
    expect(storage.appendCalls).toHaveLength(0);
  });

  it('setPhase stores the phase in the control document and relays it', async () => {
    const { facilitator, rooms, storage } = setup();
    const watcher = connect(await rooms.get('w1', 'control'));
    expect(await dispatchAction(facilitator, { type: 'setPhase', phase: 'design' })).toEqual({
      ok: true,
      phase: 'design',
    });
    expect((await storedDoc(storage, 'w1', 'control')).getMap(CONTROL_ROOT).get('phase')).toBe(
      'design',
    );
    expect(watcher.socket.receivedDoc().getMap(CONTROL_ROOT).get('phase')).toBe('design');
  });

  it('lockBoard and unlockBoard set the lock in the control document', async () => {
    const { facilitator, storage } = setup();
    const locked = async () =>
      (await storedDoc(storage, 'w1', 'control')).getMap(CONTROL_ROOT).get('locked');

    expect(await dispatchAction(facilitator, { type: 'lockBoard' })).toEqual({
      ok: true,
      locked: true,
    });
    expect(await locked()).toBe(true);
    expect(await dispatchAction(facilitator, { type: 'unlockBoard' })).toEqual({
      ok: true,
      locked: false,
    });
    expect(await locked()).toBe(false);
  });

  it('fails instead of answering ok when the change cannot be stored', async () => {
    const { facilitator, storage } = setup();
    storage.failAppends = new Error('disk full');
    await expect(
      dispatchAction(facilitator, { type: 'setPhase', phase: 'produce' }),
    ).rejects.toThrow();
  });
});
