import { CONTROL_KEYS, CONTROL_ROOT } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  FakeSocket,
  TestStorage,
  connect,
  noteTexts,
  noteUpdate,
  silentLogger,
  storedDoc,
  testPeer,
  updateFrame,
} from '../rooms/fakes.js';
import { Connection, RoomRegistry } from '../rooms/index.js';
import { createRoomPolicy } from './room-policies.js';

const registries: RoomRegistry[] = [];

function setup() {
  const storage = new TestStorage();
  const registry = new RoomRegistry({
    storage,
    logger: silentLogger,
    createPolicy: createRoomPolicy,
  });
  registries.push(registry);
  return { storage, registry };
}

afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over');
});

const connectionOf = (facilitator: boolean) =>
  new Connection(
    new FakeSocket(),
    testPeer({ facilitator, role: facilitator ? null : 'forsker' }),
    100,
  );

async function setLocked(registry: RoomRegistry, locked: boolean) {
  const control = await registry.get('w1', 'control');
  await control.change((doc) => doc.getMap(CONTROL_ROOT).set(CONTROL_KEYS.locked, locked));
}

describe('createRoomPolicy', () => {
  it('board: accepts everyone until locked, then only the facilitator', async () => {
    const { registry } = setup();
    const policy = await createRoomPolicy('w1', 'board', registry);
    const participant = connectionOf(false);
    const facilitator = connectionOf(true);
    expect(policy.acceptsUpdatesFrom(participant)).toBe(true);
    expect(policy.acceptsUpdatesFrom(facilitator)).toBe(true);

    await setLocked(registry, true);
    expect(policy.acceptsUpdatesFrom(participant)).toBe(false);
    expect(policy.acceptsUpdatesFrom(facilitator)).toBe(true);

    await setLocked(registry, false);
    expect(policy.acceptsUpdatesFrom(participant)).toBe(true);
    policy.dispose?.();
  });

  it('control: accepts nobody, not even the facilitator', async () => {
    const { registry } = setup();
    const policy = await createRoomPolicy('w1', 'control', registry);
    expect(policy.acceptsUpdatesFrom(connectionOf(false))).toBe(false);
    expect(policy.acceptsUpdatesFrom(connectionOf(true))).toBe(false);
  });

  it("a locked board drops a participant's edit and keeps the facilitator's", async () => {
    const { storage, registry } = setup();
    const board = await registry.get('w1', 'board');
    const participant = connect(board);
    const facilitator = connect(board, { peer: { facilitator: true, role: null } });
    await setLocked(registry, true);

    board.receive(participant.connection, updateFrame(noteUpdate('p', 'while locked')));
    board.receive(facilitator.connection, updateFrame(noteUpdate('f', 'facilitator')));
    await board.flushed();
    expect(noteTexts(participant.socket.receivedDoc())).toEqual({ f: 'facilitator' });
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({ f: 'facilitator' });

    await setLocked(registry, false);
    board.receive(participant.connection, updateFrame(noteUpdate('p2', 'after unlock')));
    await board.flushed();
    expect(noteTexts(facilitator.socket.receivedDoc())).toEqual({
      f: 'facilitator',
      p2: 'after unlock',
    });
  });

  it('the control room stores and relays no client edit', async () => {
    const { storage, registry } = setup();
    const control = await registry.get('w1', 'control');
    const facilitator = connect(control, { peer: { facilitator: true, role: null } });
    const reader = connect(control);
    control.receive(facilitator.connection, updateFrame(noteUpdate('x', 'sneaky')));
    await new Promise((resolve) => setImmediate(resolve));
    await control.flushed();
    expect(reader.socket.updateFrames()).toHaveLength(0);
    expect(noteTexts(await storedDoc(storage, 'w1', 'control'))).toEqual({});
  });

  it('keeps the control room loaded while the board is', async () => {
    const { storage, registry } = setup();
    await registry.get('w1', 'board');
    const control = await registry.get('w1', 'control');
    expect(control.isIdle).toBe(false);
    expect(storage.loadCount('w1', 'control')).toBe(1);
  });

  it('BOARD-2: structs pending in the board are discarded when the board locks', async () => {
    const { registry } = setup();
    const board = await registry.get('w1', 'board');
    // As if another instance's update arrived before the one it depends on.
    const writer = new Y.Doc();
    writer.getMap('items').set('n', new Y.Map<unknown>());
    const first = Y.encodeStateAsUpdate(writer);
    const before = Y.encodeStateVector(writer);
    (writer.getMap('items').get('n') as Y.Map<unknown>).set('text', 'later');
    board.applyFromAnotherInstance(Y.encodeStateAsUpdate(writer, before));
    expect(board.doc.store.pendingStructs).not.toBeNull();

    await setLocked(registry, true);
    expect(board.doc.store.pendingStructs).toBeNull();
    // What it waited for arrives after the lock: the waiting part is gone.
    board.applyFromAnotherInstance(first);
    expect(noteTexts(board.doc)).toEqual({ n: undefined });
  });
});
