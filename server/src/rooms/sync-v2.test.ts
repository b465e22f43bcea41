import {
  LIMITS,
  SYNC_V2_GZIP_MESSAGE,
  SYNC_V2_MESSAGE,
  SYNC_V2_PARTS_MESSAGE,
} from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type FakeSocket,
  TestStorage,
  connect,
  nextTurn,
  noteTexts,
  noteUpdate,
  readServerMessage,
  syncStep1Frame,
  updateFrame,
  waitFor,
} from './fakes.js';
import type { Room } from './room.js';
import { fullSyncRequest, trackedRoom } from './room-test-setup.js';

/** The V2 initial-sync messages a socket was sent, their updates decoded from the frame. */
function v2Updates(socket: FakeSocket): { frame: Uint8Array; update: Uint8Array }[] {
  return socket.sent.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== SYNC_V2_MESSAGE) return [];
    return [{ frame, update: decoding.readVarUint8Array(decoder) }];
  });
}

function joinV2(room: Room, encoding: 'v2' | 'v2gz' | 'v2parts' = 'v2') {
  const client = connect(room);
  client.connection.syncEncoding = encoding;
  return client;
}

/** The gzipped V2 messages a socket was sent, unzipped. */
function v2GzipUpdates(socket: FakeSocket): { frame: Uint8Array; update: Uint8Array }[] {
  return socket.sent.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== SYNC_V2_GZIP_MESSAGE) return [];
    return [{ frame, update: gunzipSync(decoding.readVarUint8Array(decoder)) }];
  });
}

/** The boards in parts a socket was sent (JOIN-11), unzipped and split. */
function partsSent(socket: FakeSocket): { frame: Uint8Array; parts: Uint8Array[] }[] {
  return socket.sent.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== SYNC_V2_PARTS_MESSAGE) return [];
    const payload = decoding.createDecoder(gunzipSync(decoding.readVarUint8Array(decoder)));
    const count = decoding.readVarUint(payload);
    const parts = Array.from({ length: count }, () => decoding.readVarUint8Array(payload));
    return [{ frame, parts }];
  });
}

async function roomWithNotes(count: number) {
  const storage = new TestStorage();
  await storage.documents.append(
    'w1',
    'board',
    Array.from({ length: count }, (_, i) => noteUpdate(`n${i}`, `note ${i}`)),
  );
  return trackedRoom(storage);
}

describe('Initial sync in V2 (JOIN-2, JOIN-4)', () => {
  it('JOIN-2: a V2 client gets the board as one V2 message, a V1 client as sync step 2; both converge', async () => {
    const room = await roomWithNotes(20);
    const v1 = connect(room);
    const v2 = joinV2(room);
    room.receive(v1.connection, fullSyncRequest());
    room.receive(v2.connection, fullSyncRequest());
    await nextTurn();

    expect(v1.socket.messages().map((m) => m.kind)).toContain('syncStep2');
    expect(v2Updates(v1.socket)).toHaveLength(0);
    const [sent, ...more] = v2Updates(v2.socket);
    expect(more).toHaveLength(0);
    const v2Doc = new Y.Doc();
    Y.applyUpdateV2(v2Doc, sent!.update);
    expect(noteTexts(v2Doc)).toEqual(noteTexts(v1.socket.receivedDoc()));
    expect(Object.keys(noteTexts(v2Doc))).toHaveLength(20);
    // V2 is the smaller encoding of the same board.
    const v1Bytes = v1.socket.sent.reduce((sum, frame) => sum + frame.byteLength, 0);
    expect(sent!.frame.byteLength).toBeLessThan(v1Bytes);

    // Live updates after the join stay y-websocket's V1 updates, for both.
    room.receive(v1.connection, updateFrame(noteUpdate('live', 'after the join')));
    await room.flushed();
    const v1Frames = v2.socket.sent.filter((frame) => frame[0] !== SYNC_V2_MESSAGE);
    const updates = v1Frames.map(readServerMessage).filter((m) => m.kind === 'update');
    expect(updates).toHaveLength(1);
    for (const message of updates) Y.applyUpdate(v2Doc, message.payload);
    expect(noteTexts(v2Doc)).toMatchObject({ live: 'after the join' });
  });

  it('JOIN-2: a returning V2 client with part of the board gets only what it lacks, in V2', async () => {
    const room = await roomWithNotes(5);
    const first = joinV2(room);
    room.receive(first.connection, fullSyncRequest());
    await nextTurn();
    const cached = new Y.Doc();
    Y.applyUpdateV2(cached, v2Updates(first.socket)[0]!.update);

    room.receive(first.connection, updateFrame(noteUpdate('n5', 'while away')));
    await room.flushed();
    const back = joinV2(room);
    room.receive(back.connection, syncStep1Frame(cached));
    await nextTurn();
    const [diff] = v2Updates(back.socket);
    Y.applyUpdateV2(cached, diff!.update);
    expect(Object.keys(noteTexts(cached))).toHaveLength(6);
    expect(noteTexts(cached)).toMatchObject({ n5: 'while away' });
    const whole = new Y.Doc();
    Y.applyUpdateV2(whole, diff!.update);
    expect(noteTexts(whole)).toEqual({ n5: 'while away' }); // not the five it had
  });

  it('JOIN-4: joiners share one cached V2 encoding, and an edit makes the next joiner see it', async () => {
    const room = await roomWithNotes(10);
    const a = joinV2(room);
    const b = joinV2(room);
    room.receive(a.connection, fullSyncRequest());
    room.receive(b.connection, fullSyncRequest());
    await nextTurn();
    // The same buffer, not an equal copy: encoded once for both.
    expect(v2Updates(a.socket)[0]!.frame).toBe(v2Updates(b.socket)[0]!.frame);

    room.receive(a.connection, updateFrame(noteUpdate('n10', 'new')));
    await room.flushed();
    const c = joinV2(room);
    room.receive(c.connection, fullSyncRequest());
    await nextTurn();
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, v2Updates(c.socket)[0]!.update);
    expect(noteTexts(doc)).toMatchObject({ n10: 'new' });
    expect(Object.keys(noteTexts(doc))).toHaveLength(11);
  });

  it('JOIN-2: a malformed state vector from a V2 client closes its socket with a reason', async () => {
    const room = await roomWithNotes(1);
    const client = joinV2(room);
    room.receive(client.connection, Uint8Array.from([0, 0, 3, 5, 0xff, 0xff]));
    await nextTurn();
    expect(client.socket.closed?.reason).toMatch(/state vector|malformed/);
  });

  it('JOIN-4: a `v2gz` joiner gets the board gzipped, compressed once for all joiners and again after an edit', async () => {
    const room = await roomWithNotes(40);
    const a = joinV2(room, 'v2gz');
    const b = joinV2(room, 'v2gz');
    room.receive(a.connection, fullSyncRequest());
    room.receive(b.connection, fullSyncRequest());
    await waitFor(() => v2GzipUpdates(a.socket).length + v2GzipUpdates(b.socket).length === 2);
    const [sent] = v2GzipUpdates(a.socket);
    expect(sent!.frame).toBe(v2GzipUpdates(b.socket)[0]!.frame);
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, sent!.update);
    expect(Object.keys(noteTexts(doc))).toHaveLength(40);
    expect(sent!.frame.byteLength).toBeLessThan(Y.encodeStateAsUpdateV2(doc).byteLength);

    room.receive(a.connection, updateFrame(noteUpdate('n40', 'after')));
    await room.flushed();
    const c = joinV2(room, 'v2gz');
    room.receive(c.connection, fullSyncRequest());
    await waitFor(() => v2GzipUpdates(c.socket).length === 1);
    const later = new Y.Doc();
    Y.applyUpdateV2(later, v2GzipUpdates(c.socket)[0]!.update);
    expect(noteTexts(later)).toMatchObject({ n40: 'after' });
  });

  it('JOIN-11: a `v2parts` joiner of a big board gets it in parts, gzipped once for all joiners; applied in order they give the board', async () => {
    // Enough notes for several parts of `initialStatePartStructs`.
    const notes = Math.ceil((LIMITS.initialStatePartStructs * 2.5) / 4);
    const room = await roomWithNotes(notes);
    const a = joinV2(room, 'v2parts');
    const b = joinV2(room, 'v2parts');
    room.receive(a.connection, fullSyncRequest());
    room.receive(b.connection, fullSyncRequest());
    await waitFor(() => partsSent(a.socket).length + partsSent(b.socket).length === 2);
    const [sent] = partsSent(a.socket);
    expect(sent!.frame).toBe(partsSent(b.socket)[0]!.frame);
    expect(sent!.parts.length).toBeGreaterThan(2);
    const doc = new Y.Doc();
    for (const part of sent!.parts) {
      Y.applyUpdateV2(doc, part);
      expect(doc.store.pendingStructs).toBeNull();
    }
    expect(Object.keys(noteTexts(doc))).toHaveLength(notes);
  });

  it('JOIN-11: a small board comes to a `v2parts` joiner as one part', async () => {
    const room = await roomWithNotes(5);
    const joiner = joinV2(room, 'v2parts');
    room.receive(joiner.connection, fullSyncRequest());
    await waitFor(() => partsSent(joiner.socket).length === 1);
    const { parts } = partsSent(joiner.socket)[0]!;
    expect(parts).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, parts[0]!);
    expect(Object.keys(noteTexts(doc))).toHaveLength(5);
  });

  it('JOIN-2: a returning `v2gz` client gets its difference as plain V2', async () => {
    const room = await roomWithNotes(3);
    const cached = await storedBoard(room);
    room.receive(connect(room).connection, updateFrame(noteUpdate('n3', 'new')));
    await room.flushed();
    const back = joinV2(room, 'v2gz');
    room.receive(back.connection, syncStep1Frame(cached));
    await nextTurn();
    expect(v2GzipUpdates(back.socket)).toHaveLength(0);
    Y.applyUpdateV2(cached, v2Updates(back.socket)[0]!.update);
    expect(Object.keys(noteTexts(cached))).toHaveLength(4);
  });
});

/** What a V1 joiner holds of the room now. */
async function storedBoard(room: Room): Promise<Y.Doc> {
  const joiner = connect(room);
  room.receive(joiner.connection, fullSyncRequest());
  await nextTurn();
  return joiner.socket.receivedDoc();
}
