import { CLOSE_CODES } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  TestStorage,
  connect,
  nextTurn,
  noteTexts,
  noteUpdate,
  readServerMessage,
  storedDoc,
  syncStep1Frame,
  syncStep2Frame,
  updateFrame,
} from './fakes.js';
import { fullSyncRequest, trackedRoom } from './room-test-setup.js';

describe('Room — stored before relayed (SYNC-1)', () => {
  it('does not relay an update until its append is durable', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const a = connect(room);
    const b = connect(room);

    storage.hold();
    room.receive(a.connection, updateFrame(noteUpdate('n1', 'Held')));
    await nextTurn();
    await nextTurn();
    expect(storage.appendCalls).toHaveLength(1);
    expect(b.socket.updateFrames()).toHaveLength(0);
    expect(a.socket.updateFrames()).toHaveLength(0);

    storage.release();
    await room.flushed();
    expect(storage.appended).toBe(1);
    expect(noteTexts(b.socket.receivedDoc())).toEqual({ n1: 'Held' });
  });

  it('does not show a joiner an update that is not stored yet', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const a = connect(room);

    storage.hold();
    room.receive(a.connection, updateFrame(noteUpdate('n1', 'Held')));
    await nextTurn();
    const joiner = connect(room);
    room.receive(joiner.connection, fullSyncRequest());
    await nextTurn();
    await nextTurn();
    // Whatever the joiner was sent so far, it does not contain the unstored note.
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({});

    storage.release();
    await room.flushed();
    await nextTurn();
    const kinds = joiner.socket.messages().map((message) => message.kind);
    expect(kinds).toContain('syncStep2');
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({ n1: 'Held' });
  });

  it('answers a joiner at once with what is stored', async () => {
    const storage = new TestStorage();
    await storage.documents.append('w1', 'board', [noteUpdate('n0', 'Stored')]);
    const room = await trackedRoom(storage);
    const joiner = connect(room);
    expect(joiner.socket.messages()[0]?.kind).toBe('syncStep1');
    room.receive(joiner.connection, fullSyncRequest());
    await nextTurn();
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({ n0: 'Stored' });
  });
});

describe('Room — coalesced broadcast (SYNC-6)', () => {
  it('stores the updates of one turn in one append and sends one identical buffer to everyone', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const clients = [connect(room), connect(room), connect(room), connect(room)];
    clients.slice(0, 3).forEach((client, i) => {
      room.receive(client.connection, updateFrame(noteUpdate(`n${i}`, `note ${i}`)));
    });
    await room.flushed();

    expect(storage.appendCalls).toHaveLength(1);
    expect(storage.appendCalls[0]).toHaveLength(1);
    const frames = clients.map((client) => client.socket.updateFrames());
    for (const received of frames) expect(received).toHaveLength(1);
    const first = frames[0]![0];
    for (const received of frames) expect(received[0]).toBe(first);
    expect(noteTexts(clients[3]!.socket.receivedDoc())).toEqual({
      n0: 'note 0',
      n1: 'note 1',
      n2: 'note 2',
    });
  });

  it('converges for many concurrent writers', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const writers = Array.from({ length: 12 }, () => ({ ...connect(room), doc: new Y.Doc() }));
    // Each writer keeps a local doc; its edits go to the room, whatever the room sends comes back in.
    for (const writer of writers) {
      writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'server') room.receive(writer.connection, updateFrame(update));
      });
    }
    const delivered = new Map(writers.map((writer) => [writer, 0]));
    const deliver = () => {
      for (const writer of writers) {
        const messages = writer.socket.messages();
        for (const message of messages.slice(delivered.get(writer))) {
          if (message.kind === 'update' || message.kind === 'syncStep2') {
            Y.applyUpdate(writer.doc, message.payload, 'server');
          }
        }
        delivered.set(writer, messages.length);
      }
    };

    for (let round = 0; round < 5; round++) {
      writers.forEach((writer, i) => {
        const items = writer.doc.getMap<unknown>('items');
        items.set(`w${i}-r${round}`, round);
        items.set('shared', `w${i}-r${round}`); // everybody fights over one key
      });
      if (round % 2 === 0) await nextTurn();
      deliver();
    }
    await room.flushed();
    deliver();

    const expected = room.doc.getMap('items').toJSON();
    expect(Object.keys(expected)).toHaveLength(12 * 5 + 1);
    for (const writer of writers) expect(writer.doc.getMap('items').toJSON()).toEqual(expected);
    expect((await storedDoc(storage, 'w1', 'board')).getMap('items').toJSON()).toEqual(expected);
  });
});

describe('Room — policy', () => {
  it('drops the updates of a connection the policy refuses: not stored, not relayed', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage, {
      policy: { acceptsUpdatesFrom: (connection) => connection.peer.facilitator },
    });
    const participant = connect(room);
    const facilitator = connect(room, { peer: { facilitator: true } });
    const refusedDoc = new Y.Doc();
    refusedDoc.getMap('items').set('x', 'from sync step 2');

    room.receive(participant.connection, updateFrame(noteUpdate('p', 'refused')));
    room.receive(participant.connection, syncStep2Frame(refusedDoc));
    await nextTurn();
    await room.flushed();
    expect(storage.appendCalls).toHaveLength(0);
    expect(facilitator.socket.updateFrames()).toHaveLength(0);
    expect(room.doc.getMap('items').size).toBe(0);
    expect(participant.socket.closed).toBeNull();

    room.receive(facilitator.connection, updateFrame(noteUpdate('f', 'accepted')));
    await room.flushed();
    expect(noteTexts(participant.socket.receivedDoc())).toEqual({ f: 'accepted' });
    expect(noteTexts(await storedDoc(storage, 'w1', 'board'))).toEqual({ f: 'accepted' });
  });
});

describe('Room — bad frames', () => {
  it('closes only the sender of a malformed frame, with 1002 and a reason', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const bad = connect(room);
    const good = connect(room);

    room.receive(bad.connection, new Uint8Array([0, 2, 50, 1]));
    expect(bad.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    expect(bad.socket.closed?.reason).toMatch(/\w/);
    expect(good.socket.closed).toBeNull();

    room.receive(good.connection, updateFrame(noteUpdate('n1', 'still here')));
    await room.flushed();
    expect(noteTexts(good.socket.receivedDoc())).toEqual({ n1: 'still here' });
    expect(room.connections.has(bad.connection)).toBe(false);
  });

  it('ignores frames from a connection after it was closed', async () => {
    // The transport can hand over frames that were queued before the close.
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const bad = connect(room);
    const other = connect(room);
    room.receive(bad.connection, new Uint8Array([7]));
    expect(bad.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);

    room.receive(bad.connection, updateFrame(noteUpdate('late', 'after close')));
    await nextTurn();
    await room.flushed();
    expect(storage.appendCalls).toHaveLength(0);
    expect(other.socket.updateFrames()).toHaveLength(0);
  });

  it('closes a connection whose update Yjs cannot read', async () => {
    const room = await trackedRoom(new TestStorage());
    const bad = connect(room);
    room.receive(bad.connection, updateFrame(new Uint8Array([255, 255, 255, 255, 1])));
    expect(bad.socket.closed?.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
  });
});

describe('Room — initial sync from a cached encoding (SYNC-1)', () => {
  it('sends fresh joiners the same cached full state, equal to a fresh encode, until the next change', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const writer = connect(room);
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'first')));
    await room.flushed();

    const joiners = [connect(room), connect(room)];
    for (const joiner of joiners) room.receive(joiner.connection, fullSyncRequest());
    await nextTurn();
    const replies = joiners.map((joiner) =>
      joiner.socket.sent.find((frame) => readServerMessage(frame).kind === 'syncStep2')!,
    );
    expect(replies[0]).toBe(replies[1]);
    expect(readServerMessage(replies[0]!).payload).toEqual(Y.encodeStateAsUpdate(room.doc));

    room.receive(writer.connection, updateFrame(noteUpdate('n2', 'second')));
    await room.flushed();
    const late = connect(room);
    room.receive(late.connection, fullSyncRequest());
    await nextTurn();
    expect(noteTexts(late.socket.receivedDoc())).toEqual({ n1: 'first', n2: 'second' });
    const lateReply = late.socket.sent.find(
      (frame) => readServerMessage(frame).kind === 'syncStep2',
    );
    expect(readServerMessage(lateReply!).payload).toEqual(Y.encodeStateAsUpdate(room.doc));
  });

  it('never caches a state holding an unstored change (SYNC-1)', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const writer = connect(room);
    const early = connect(room);
    room.receive(early.connection, fullSyncRequest());
    await nextTurn();

    storage.hold();
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'held')));
    const joiner = connect(room);
    room.receive(joiner.connection, fullSyncRequest());
    await nextTurn();
    await nextTurn();
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({});
    storage.release();
    await room.flushed();
    await nextTurn();
    expect(noteTexts(joiner.socket.receivedDoc())).toEqual({ n1: 'held' });
  });

  it('answers a client that has part of the document with only what it lacks', async () => {
    const storage = new TestStorage();
    const room = await trackedRoom(storage);
    const writer = connect(room);
    room.receive(writer.connection, updateFrame(noteUpdate('n1', 'first')));
    await room.flushed();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room.doc));
    room.receive(writer.connection, updateFrame(noteUpdate('n2', 'second')));
    await room.flushed();

    const returning = connect(room);
    room.receive(returning.connection, syncStep1Frame(client));
    await nextTurn();
    const reply = returning.socket.messages().find((message) => message.kind === 'syncStep2')!;
    expect(reply.payload).toEqual(Y.encodeStateAsUpdate(room.doc, Y.encodeStateVector(client)));
  });
});
