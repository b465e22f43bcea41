import { describe, expect, it } from 'vitest';
import type { Writable } from 'node:stream';
import * as ws from 'ws';
import { SharedFrames, binaryFrame } from './shared-frames.js';

/** ws's frame parser; exported at runtime, not in @types/ws. */
const { Receiver } = ws as unknown as {
  Receiver: new (options: { isServer: boolean }) => Writable;
};

/** What a WebSocket client (ws's own parser, client side) reads from `frame`. */
function readAsClient(frame: Buffer): Promise<{ data: Buffer; isBinary: boolean }> {
  return new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false });
    receiver.on('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary }));
    receiver.on('error', reject);
    receiver.write(frame);
  });
}

describe('binaryFrame', () => {
  // The length field has three sizes (7 bits, 16 bits, 64 bits): both sides of each edge.
  it.each([0, 1, 125, 126, 65_535, 65_536, 70_000])(
    'is a frame a client reads back as the same %i binary bytes',
    async (length) => {
      const payload = Uint8Array.from({ length }, (_, i) => (i * 31) % 256);
      const { data, isBinary } = await readAsClient(binaryFrame(payload));
      expect(isBinary).toBe(true);
      expect(new Uint8Array(data)).toEqual(payload);
    },
  );

  it('does not share memory with the payload (the payload may be reused)', () => {
    const payload = new Uint8Array([1, 2, 3]);
    const frame = binaryFrame(payload);
    payload[0] = 9;
    expect([...frame.subarray(2)]).toEqual([1, 2, 3]);
  });
});

describe('SharedFrames', () => {
  it('frames a message once, however many sockets it goes to', () => {
    const frames = new SharedFrames();
    const message = new Uint8Array([0, 2, 1, 7]);
    const first = frames.frameFor(message);
    expect(frames.frameFor(message)).toBe(first);
    expect(frames.frameFor(new Uint8Array([0, 2, 1, 7]))).not.toBe(first);
  });
});

describe('SharedFrames.pairFor', () => {
  /** Every message a client reads from `bytes`, in order. */
  function readAllAsClient(bytes: Buffer): Promise<Buffer[]> {
    return new Promise((resolve, reject) => {
      const receiver = new Receiver({ isServer: false });
      const read: Buffer[] = [];
      receiver.on('message', (data: Buffer) => read.push(data));
      receiver.on('error', reject);
      receiver.write(bytes, () => resolve(read));
    });
  }

  it('RELAY-1: is both frames back to back: a client reads the edit, then the presence', async () => {
    const edit = new Uint8Array([0, 2, 3, 1, 2, 3]);
    const presence = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const read = await readAllAsClient(new SharedFrames().pairFor(edit, presence));
    expect(read.map((data) => new Uint8Array(data))).toEqual([edit, presence]);
  });

  it('RELAY-1: builds one buffer per pair, however many sockets it goes to', () => {
    const frames = new SharedFrames();
    const edit = new Uint8Array([0, 2, 1, 7]);
    const forEveryone = new Uint8Array([1, 1, 0]);
    const forItsOwner = new Uint8Array([1, 1, 1]);
    const pair = frames.pairFor(edit, forEveryone);
    expect(frames.pairFor(edit, forEveryone)).toBe(pair);
    expect(frames.pairFor(edit, forItsOwner)).not.toBe(pair);
    expect(frames.pairFor(edit, forEveryone)).toBe(pair);
  });
});
