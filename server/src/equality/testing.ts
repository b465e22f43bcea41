import { AppError } from '../http/errors.js';
import { CONTROL_ROOT, type Action, type Role } from '@moteplass/shared';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { dispatchAction, type ActionContext } from '../actions/index.js';
import { TestStorage, connect, silentLogger, storedDoc } from '../rooms/fakes.js';
import { RoomRegistry, type Peer } from '../rooms/index.js';
import { createRoomPolicy } from '../workshops/room-policies.js';
import { WorkshopService } from '../workshops/service.js';
import { TokenSigner } from '../workshops/tokens.js';

/**
 * Test support for the equality handlers (not part of the folder's public
 * face): a real workshop in memory with a facilitator and three participants,
 * and `act(who, action, now)` to run an action through the dispatcher.
 */
const registries: RoomRegistry[] = [];

export async function closeEqualityRooms(): Promise<void> {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
}

export async function equalitySetup() {
  const storage = new TestStorage();
  const rooms = new RoomRegistry({ storage, logger: silentLogger, createPolicy: createRoomPolicy });
  registries.push(rooms);
  const workshops = new WorkshopService(storage, rooms, new TokenSigner(Buffer.alloc(32, 5)));
  const { workshop, facilitatorKey } = await workshops.create({ title: 'Trygg skolevei' });
  const peerOf = async (token: string): Promise<Peer> => {
    const peer = await workshops.authenticate(token, workshop.id);
    if (!peer) throw new Error('test session refused');
    return peer;
  };
  const participant = async (role: Role, name?: string) =>
    peerOf((await workshops.join(workshop.id, { joinCode: workshop.joinCode, role, name })).token);
  const people = {
    facilitator: await peerOf((await workshops.join(workshop.id, { facilitatorKey })).token),
    kari: await participant('innbygger', 'Kari'),
    ola: await participant('kommuneansatt'),
    siri: await participant('politiker', 'Siri'),
  };
  const context = (peer: Peer, now: number): ActionContext => ({
    peer,
    rooms,
    workshops,
    storage,
    now,
  });
  return {
    storage,
    rooms,
    workshop,
    people,
    act: (peer: Peer, action: Action, now = Date.now()) =>
      dispatchAction(context(peer, now), action),
    /** The control map as stored (not as held in memory). */
    storedControl: async (): Promise<Y.Map<unknown>> =>
      (await storedDoc(storage, workshop.id, 'control')).getMap(CONTROL_ROOT),
    storedBoard: async (): Promise<Y.Doc> => storedDoc(storage, workshop.id, 'board'),
    /** Someone opens the board (counts as present). */
    openBoard: async (peer: Peer) => connect(await rooms.get(workshop.id, 'board'), { peer }),
  };
}

/** The contract error code a rejected action carries. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}
