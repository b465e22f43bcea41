import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  awarenessFrame,
  noteUpdate,
  rawAwarenessUpdate,
  readServerMessage,
  syncStep1Frame,
  updateFrame,
} from './fakes.js';
import {
  ProtocolError,
  assembleAwarenessMessage,
  awarenessClientIds,
  decodeMessage,
  encodeAwareness,
  encodeAwarenessEntry,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './protocol.js';

const bytes = (...values: number[]) => new Uint8Array(values);

function frameOf(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('decodeMessage / encode*', () => {
  const update = noteUpdate('n1', 'Flere benker i parken');
  const stateVector = Y.encodeStateVector(new Y.Doc());

  it('round-trips sync step 1, sync step 2, update and awareness', () => {
    expect(decodeMessage(encodeSyncStep1(stateVector))).toEqual({ kind: 'syncStep1', stateVector });
    expect(decodeMessage(encodeSyncStep2(update))).toEqual({ kind: 'syncStep2', update });
    expect(decodeMessage(encodeUpdate(update))).toEqual({ kind: 'update', update });
    expect(decodeMessage(encodeAwareness(update))).toEqual({ kind: 'awareness', update });
  });

  it('decodes query-awareness and auth frames as y-websocket writes them', () => {
    expect(decodeMessage(bytes(3))).toEqual({ kind: 'queryAwareness' });
    const auth = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarString(encoder, 'permission denied');
    });
    expect(decodeMessage(auth)).toEqual({ kind: 'auth' });
  });

  it('reads the frames a y-protocols client writes', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set('a', 1);
    expect(decodeMessage(updateFrame(update))).toEqual({ kind: 'update', update });
    expect(decodeMessage(syncStep1Frame(doc))).toEqual({
      kind: 'syncStep1',
      stateVector: Y.encodeStateVector(doc),
    });
    expect(decodeMessage(awarenessFrame(update))).toEqual({ kind: 'awareness', update });
  });

  it('writes frames a y-protocols client reads', () => {
    expect(readServerMessage(encodeUpdate(update))).toEqual({ kind: 'update', payload: update });
    expect(readServerMessage(encodeSyncStep2(update))).toEqual({
      kind: 'syncStep2',
      payload: update,
    });
    expect(readServerMessage(encodeSyncStep1(stateVector))).toEqual({
      kind: 'syncStep1',
      payload: stateVector,
    });
  });

  it('refuses an empty frame', () => {
    expect(() => decodeMessage(bytes())).toThrow(ProtocolError);
  });

  it('refuses a sync update frame cut at every byte', () => {
    const whole = encodeUpdate(update);
    expect(whole.length).toBeGreaterThan(3);
    for (let cut = 0; cut < whole.length; cut++) {
      expect(() => decodeMessage(whole.slice(0, cut)), `cut at ${cut}`).toThrow(ProtocolError);
    }
  });

  it('refuses a frame cut inside a multi-byte length', () => {
    const long = encodeUpdate(new Uint8Array(300));
    // [0, 2, 0xac, 0x02, …]: the length takes two bytes.
    expect(() => decodeMessage(long.slice(0, 3))).toThrow(ProtocolError);
  });

  it('refuses an unknown message type and an unknown sync step', () => {
    expect(() => decodeMessage(bytes(9))).toThrow(/unknown message type/);
    expect(() => decodeMessage(bytes(0, 7, 0))).toThrow(/unknown sync step/);
    expect(() => decodeMessage(bytes(9))).toThrow(ProtocolError);
  });

  it('refuses trailing bytes after a message', () => {
    const withTail = new Uint8Array([...encodeUpdate(update), 0]);
    expect(() => decodeMessage(withTail)).toThrow(/trailing/);
    expect(() => decodeMessage(bytes(3, 0))).toThrow(ProtocolError);
  });

  it('refuses a length beyond the end of the frame, even inside a larger buffer', () => {
    expect(() => decodeMessage(bytes(0, 2, 50, 1, 2))).toThrow(/length beyond frame end/);
    // ws hands out views on pooled buffers: the bytes after the view must not be read.
    const pool = new Uint8Array(64).fill(0);
    pool.set([0, 2, 20, 1, 2], 8);
    const view = pool.subarray(8, 13);
    expect(() => decodeMessage(view)).toThrow(ProtocolError);
  });
});

describe('awarenessClientIds', () => {
  it('lists the client ids of a real awareness update', () => {
    const first = new awarenessProtocol.Awareness(new Y.Doc());
    const second = new awarenessProtocol.Awareness(new Y.Doc());
    first.setLocalState({ name: 'Kari' });
    second.setLocalState({ name: 'Ola' });
    awarenessProtocol.applyAwarenessUpdate(
      first,
      awarenessProtocol.encodeAwarenessUpdate(second, [second.clientID]),
      'remote',
    );
    const update = awarenessProtocol.encodeAwarenessUpdate(first, [
      first.clientID,
      second.clientID,
    ]);
    expect(awarenessClientIds(update)).toEqual([first.clientID, second.clientID]);
    first.destroy();
    second.destroy();
  });

  it('lists removals too (state null)', () => {
    const update = rawAwarenessUpdate([{ clientId: 42, clock: 3, state: null }]);
    expect(awarenessClientIds(update)).toEqual([42]);
  });

  it('refuses garbage', () => {
    expect(() => awarenessClientIds(bytes())).toThrow(ProtocolError);
    expect(() => awarenessClientIds(bytes(5))).toThrow(ProtocolError);
    expect(() => awarenessClientIds(bytes(1, 42, 0, 30, 65))).toThrow(ProtocolError);
    const notJson = frameOf((encoder) => {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint(encoder, 42);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, '{not json');
    });
    expect(() => awarenessClientIds(notJson)).toThrow(ProtocolError);
    const valid = rawAwarenessUpdate([{ clientId: 1, clock: 1, state: {} }]);
    expect(() => awarenessClientIds(new Uint8Array([...valid, 7]))).toThrow(ProtocolError);
  });
});

describe('assembled awareness messages', () => {
  it('equal what y-protocols encodes, with or without some entries', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Kari' }, cursor: { x: 1, y: 2 } });
    const other = new awarenessProtocol.Awareness(new Y.Doc());
    other.setLocalState({ user: { name: 'Ola' } });
    awarenessProtocol.applyAwarenessUpdate(
      awareness,
      awarenessProtocol.encodeAwarenessUpdate(other, [other.clientID]),
      'test',
    );
    const ids = [awareness.clientID, other.clientID];
    const entries = ids.map((id) =>
      encodeAwarenessEntry(id, awareness.meta.get(id)!.clock, awareness.getStates().get(id)),
    );
    expect(assembleAwarenessMessage(entries)).toEqual(
      encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, ids)),
    );
    expect(assembleAwarenessMessage(entries, (i) => i === 0)).toEqual(
      encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, [other.clientID])),
    );
  });
});
