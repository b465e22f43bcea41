import { CONTROL_ROOT, type Action, type Role } from '@moteplass/shared';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { AppError } from '../http/errors.js';
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
import { dispatchAction, type ActionReplyOf } from './index.js';
import type { ActionContext } from './types.js';

/**
 * The one test harness for action handlers (actions/ and equality/; not part
 * of the folder's public face): a real workshop in memory with a facilitator
 * and three participants, a context for each that a test can set the clock
 * of, and `act(who, action, now)` to run an action through the dispatcher.
 */
const registries: RoomRegistry[] = [];

export async function closeTestRooms(): Promise<void> {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
}

export async function actionSetup() {
  const storage = new TestStorage();
  const rooms = new RoomRegistry({ storage, logger: silentLogger, createPolicy: createRoomPolicy });
  registries.push(rooms);
  const workshops = new WorkshopService(storage, rooms, new TokenSigner(Buffer.alloc(32, 7)));
  const { workshop, facilitatorKey } = await workshops.create({ title: 'Trygg skolevei' });
  const peerOf = async (token: string): Promise<Peer> => {
    const peer = await workshops.authenticate(token, workshop.id);
    if (!peer) throw new Error('test session refused');
    return peer;
  };
  const join = (role: Role, name?: string) =>
    workshops.join(workshop.id, { joinCode: workshop.joinCode, role, name });
  const kariSession = await join('innbygger', 'Kari');
  const people = {
    facilitator: await peerOf((await workshops.join(workshop.id, { facilitatorKey })).token),
    kari: await peerOf(kariSession.token),
    ola: await peerOf((await join('kommuneansatt')).token),
    siri: await peerOf((await join('politiker', 'Siri')).token),
  };
  const context = (peer: Peer, now = Date.now()): ActionContext => ({
    peer,
    rooms,
    workshops,
    storage,
    now,
  });
  return {
    storage,
    rooms,
    workshops,
    workshop,
    people,
    facilitatorPeer: people.facilitator,
    /** Kari, the participant the single-participant tests use. */
    participantPeer: people.kari,
    participantToken: kariSession.token,
    facilitator: (now?: number) => context(people.facilitator, now),
    participant: (now?: number) => context(people.kari, now),
    /** Run an action through the dispatcher as `peer`; the reply is typed by its handler. */
    act: <A extends Action>(peer: Peer, action: A, now = Date.now()) =>
      dispatchAction(context(peer, now), action) as Promise<ActionReplyOf<A['type']>>,
    /** The control document as stored (not as held in memory). */
    storedControl: async (): Promise<Y.Map<unknown>> =>
      (await storedDoc(storage, workshop.id, 'control')).getMap(CONTROL_ROOT),
    storedBoard: async (): Promise<Y.Doc> => storedDoc(storage, workshop.id, 'board'),
    /** Someone opens the board (counts as present). */
    openBoard: async (peer: Peer) => connect(await rooms.get(workshop.id, 'board'), { peer }),
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
