import { CONTROL_ROOT } from '@moteplass/shared';
import { expect } from 'vitest';
import { AppError } from '../http/errors.js';
import * as Y from 'yjs';
import {
  TestStorage,
  connect,
  nextTurn,
  silentLogger,
  storedDoc,
  syncStep1Frame,
} from '../rooms/fakes.js';
import { RoomRegistry, type Peer } from '../rooms/index.js';
import { createRoomPolicy } from '../workshops/room-policies.js';
import { WorkshopService } from '../workshops/service.js';
import { TokenSigner } from '../workshops/tokens.js';
import type { ActionContext } from './types.js';

/**
 * Test support for the action handlers (not part of the folder's public face):
 * a real workshop in memory, a facilitator and a participant with sessions,
 * and a context for each that a test can set the clock of.
 */
const registries: RoomRegistry[] = [];

export async function closeTestRooms(): Promise<void> {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
}

export async function actionSetup() {
  const storage = new TestStorage();
  const rooms = new RoomRegistry({ storage, logger: silentLogger, createPolicy: createRoomPolicy });
  registries.push(rooms);
  const signer = new TokenSigner(Buffer.alloc(32, 7));
  const workshops = new WorkshopService(storage, rooms, signer);
  const { workshop, facilitatorKey } = await workshops.create({ title: 'Trygg skolevei' });
  const facilitatorSession = await workshops.join(workshop.id, { facilitatorKey });
  const participantSession = await workshops.join(workshop.id, {
    joinCode: workshop.joinCode,
    role: 'innbygger',
    name: 'Kari',
  });
  const peerOf = async (token: string): Promise<Peer> => {
    const peer = await workshops.authenticate(token, workshop.id);
    if (!peer) throw new Error('test session refused');
    return peer;
  };
  const context = (peer: Peer, now = Date.now()): ActionContext => ({
    peer,
    rooms,
    workshops,
    storage,
    now,
  });
  const facilitatorPeer = await peerOf(facilitatorSession.token);
  const participantPeer = await peerOf(participantSession.token);
  return {
    storage,
    rooms,
    workshops,
    workshop,
    facilitatorPeer,
    participantPeer,
    participantToken: participantSession.token,
    facilitator: (now?: number) => context(facilitatorPeer, now),
    participant: (now?: number) => context(participantPeer, now),
    /** The control document as stored (not as held in memory). */
    storedControl: async (): Promise<Y.Map<unknown>> =>
      (await storedDoc(storage, workshop.id, 'control')).getMap(CONTROL_ROOT),
  };
}

/** A client on the workshop's control room that has synced, as y-websocket would. */
export async function watchControl(rooms: RoomRegistry, workshopId: string) {
  const room = await rooms.get(workshopId, 'control');
  const watcher = connect(room);
  room.receive(watcher.connection, syncStep1Frame(new Y.Doc()));
  await nextTurn();
  return { seen: () => watcher.socket.receivedDoc().getMap(CONTROL_ROOT) };
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
