import { CLOSE_CODES, CONTROL_ROOT } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.js';
import {
  TestStorage,
  connect,
  noteUpdate,
  silentLogger,
  storedDoc,
  updateFrame,
  waitFor,
} from '../rooms/fakes.js';
import { RoomRegistry } from '../rooms/index.js';
import { createRoomPolicy } from './room-policies.js';
import { WorkshopService } from './service.js';
import { TokenSigner } from './tokens.js';

const registries: RoomRegistry[] = [];

function setup() {
  const storage = new TestStorage();
  const rooms = new RoomRegistry({ storage, logger: silentLogger, createPolicy: createRoomPolicy });
  registries.push(rooms);
  const service = new WorkshopService(storage, rooms, new TokenSigner(Buffer.alloc(32, 7)));
  return { storage, rooms, service };
}

afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('WorkshopService.create', () => {
  it('stores the workshop and initialises its control document', async () => {
    const { storage, service } = setup();
    const { workshop, facilitatorKey } = await service.create({
      title: '  Biblioteket  ',
      language: 'nn',
    });

    expect(await storage.workshops.get(workshop.id)).toMatchObject({
      title: 'Biblioteket',
      language: 'nn',
    });
    expect(workshop.facilitatorKeyHash).not.toContain(facilitatorKey);
    const control = (await storedDoc(storage, workshop.id, 'control')).getMap(CONTROL_ROOT);
    expect(control.toJSON()).toEqual({
      title: 'Biblioteket',
      language: 'nn',
      phase: 'explore',
      locked: false,
    });
  });

  it('defaults the language and gives each workshop its own id and join code', async () => {
    const { service } = setup();
    const first = await service.create({ title: 'A' });
    const second = await service.create({ title: 'B' });
    expect(first.workshop.language).toBe('nb');
    expect(first.workshop.id).not.toBe(second.workshop.id);
    expect(first.workshop.joinCode).not.toBe(second.workshop.joinCode);
  });
});

describe('WorkshopService.join and authenticate', () => {
  it('joins by join code, whatever the case, as a participant', async () => {
    const { service } = setup();
    const { workshop } = await service.create({ title: 'T' });
    const reply = await service.join(workshop.id, {
      joinCode: workshop.joinCode.toLowerCase(),
      role: 'frivillig',
      name: ' Kari ',
    });
    expect(reply.facilitator).toBeUndefined();
    expect(await service.authenticate(reply.token, workshop.id)).toEqual({
      workshopId: workshop.id,
      participantId: reply.participantId,
      facilitator: false,
      role: 'frivillig',
    });
    expect(await service.findByJoinCode(workshop.joinCode.toLowerCase())).toMatchObject({
      id: workshop.id,
    });
  });

  it('joins by facilitator key as the facilitator', async () => {
    const { service } = setup();
    const { workshop, facilitatorKey } = await service.create({ title: 'T' });
    const reply = await service.join(workshop.id, { facilitatorKey });
    expect(reply.facilitator).toBe(true);
    expect(await service.authenticate(reply.token, workshop.id)).toMatchObject({
      facilitator: true,
      role: null,
    });
  });

  it('refuses a wrong join code or facilitator key with its error code', async () => {
    const { service } = setup();
    const { workshop } = await service.create({ title: 'T' });
    const other = await service.create({ title: 'Other' });

    const badCode = await rejection(
      service.join(workshop.id, { joinCode: other.workshop.joinCode, role: 'annet' }),
    );
    expect(badCode.code).toBe('INVALID_JOIN_CODE');
    const badKey = await rejection(
      service.join(workshop.id, { facilitatorKey: other.facilitatorKey }),
    );
    expect(badKey.code).toBe('FORBIDDEN');
    const unknown = await rejection(
      service.join('no-such-workshop', { joinCode: workshop.joinCode, role: 'annet' }),
    );
    expect(unknown.code).toBe('WORKSHOP_NOT_FOUND');
  });

  it("refuses another workshop's token, a removed participant's token and garbage", async () => {
    const { storage, service } = setup();
    const { workshop } = await service.create({ title: 'T' });
    const other = await service.create({ title: 'Other' });
    const join = () => service.join(workshop.id, { joinCode: workshop.joinCode, role: 'annet' });

    const mine = await join();
    expect(await service.authenticate(mine.token, other.workshop.id)).toBeNull();

    const removed = await join();
    expect(await service.authenticate(removed.token, workshop.id)).not.toBeNull();
    await storage.workshops.revokeParticipant(workshop.id, removed.participantId);
    expect(await service.authenticate(removed.token, workshop.id)).toBeNull();
    expect(await service.authenticate(mine.token, workshop.id)).not.toBeNull();

    for (const garbage of [undefined, '', 'garbage', `${mine.token}x`, 'a.b']) {
      expect(await service.authenticate(garbage, workshop.id)).toBeNull();
    }
  });

  it('refuses a token once its workshop is deleted', async () => {
    const { service } = setup();
    const { workshop } = await service.create({ title: 'T' });
    const { token } = await service.join(workshop.id, {
      joinCode: workshop.joinCode,
      role: 'annet',
    });
    await service.delete(workshop.id);
    expect(await service.authenticate(token, workshop.id)).toBeNull();
  });
});

describe('WorkshopService.delete', () => {
  it('closes its sockets with 4404 and removes everything stored', async () => {
    const { storage, rooms, service } = setup();
    const { workshop } = await service.create({ title: 'T' });
    const kept = await service.create({ title: 'Kept' });
    const board = await rooms.get(workshop.id, 'board');
    const control = await rooms.get(workshop.id, 'control');
    const onBoard = connect(board);
    const onControl = connect(control);
    const elsewhere = connect(await rooms.get(kept.workshop.id, 'board'));
    board.receive(onBoard.connection, updateFrame(noteUpdate('n1', 'note')));
    await board.flushed();

    await service.delete(workshop.id);
    expect(onBoard.socket.closed?.code).toBe(CLOSE_CODES.NOT_FOUND);
    expect(onControl.socket.closed?.code).toBe(CLOSE_CODES.NOT_FOUND);
    expect(elsewhere.socket.closed).toBeNull();
    expect(await storage.workshops.get(workshop.id)).toBeNull();
    expect(await storage.workshops.listParticipants(workshop.id)).toEqual([]);
    for (const name of ['board', 'control'] as const) {
      expect(await storage.documents.load(workshop.id, name)).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
      });
    }
    expect(await storage.workshops.get(kept.workshop.id)).not.toBeNull();
    const unknown = await rejection(service.delete(workshop.id));
    expect(unknown.code).toBe('WORKSHOP_NOT_FOUND');
  });

  it('leaves nothing stored when an edit was being stored at the moment of deletion', async () => {
    const { storage, rooms, service } = setup();
    const { workshop } = await service.create({ title: 'T' });
    const board = await rooms.get(workshop.id, 'board');
    const writer = connect(board);
    storage.hold();
    board.receive(writer.connection, updateFrame(noteUpdate('n1', 'in flight')));
    await waitFor(() => storage.appendCalls.length === 2); // control's initial state, then this

    const deleting = service.delete(workshop.id);
    await new Promise((resolve) => setImmediate(resolve));
    storage.release();
    await deleting;
    expect(await storage.documents.load(workshop.id, 'board')).toEqual({
      snapshot: null,
      updates: [],
      lastSeq: 0,
    });
  });
});
