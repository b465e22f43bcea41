import { CLOSE_CODES } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TestStorage, connect, noteTexts, noteUpdate, updateFrame, waitFor } from './fakes.js';
import { trackedRoom } from './room-test-setup.js';
import type { RoomPolicy } from './types.js';

/** The room's side of the board-update rules: what a policy's verdict does to the sender and the room. */

/** An update that depends on a struct the server never got. */
function updateWithMissingDependency(): Uint8Array {
  const writer = new Y.Doc();
  writer.getMap('items').set('n', new Y.Map<unknown>());
  const before = Y.encodeStateVector(writer);
  (writer.getMap('items').get('n') as Y.Map<unknown>).set('text', 'later');
  return Y.encodeStateAsUpdate(writer, before);
}

describe('Room — board-update gate', () => {
  it('BOARD-3: an exception in one update’s check closes that socket only; the room stores and relays on', async () => {
    let explode = true;
    const policy: RoomPolicy = {
      acceptsUpdatesFrom: () => true,
      checkUpdate: () => {
        if (explode) throw new Error('boom');
        return { kind: 'accept' };
      },
    };
    const storage = new TestStorage();
    const room = await trackedRoom(storage, { policy });
    const bad = connect(room);
    const other = connect(room);
    room.receive(bad.connection, updateFrame(noteUpdate('a', 'first')));
    expect(bad.socket.closed).toEqual({
      code: CLOSE_CODES.PROTOCOL_ERROR,
      reason: 'malformed update',
    });
    expect(noteTexts(room.doc)).toEqual({});

    explode = false;
    room.receive(other.connection, updateFrame(noteUpdate('b', 'second')));
    await waitFor(() => storage.appended > 0);
    expect(noteTexts(room.doc)).toEqual({ b: 'second' });
    expect(other.socket.closed).toBeNull();
  });

  it('BOARD-2: nothing stays pending, even when a policy lets an update with missing dependencies through', async () => {
    const room = await trackedRoom(new TestStorage());
    const sender = connect(room);
    room.receive(sender.connection, updateFrame(updateWithMissingDependency()));
    expect(sender.socket.closed).toEqual({
      code: CLOSE_CODES.PROTOCOL_ERROR,
      reason: 'update with missing dependencies',
    });
    expect(room.doc.store.pendingStructs).toBeNull();
  });

  it('BOARD-2: a dropped update with missing dependencies keeps the socket and asks it to resync', async () => {
    const policy: RoomPolicy = {
      acceptsUpdatesFrom: () => true,
      checkUpdate: () => ({ kind: 'drop', reason: 'missing-dependencies' }),
    };
    const room = await trackedRoom(new TestStorage(), { policy });
    const sender = connect(room);
    const greeted = sender.socket.sent.length;
    room.receive(sender.connection, updateFrame(updateWithMissingDependency()));
    room.receive(sender.connection, updateFrame(updateWithMissingDependency()));
    expect(sender.socket.closed).toBeNull();
    // One resync request (sync step 1: message 0, step 0), not one per update.
    const requests = sender.socket.sent.slice(greeted).filter((m) => m[0] === 0 && m[1] === 0);
    expect(requests).toHaveLength(1);
  });
});
