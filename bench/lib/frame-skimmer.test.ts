import { describe, expect, it } from 'vitest';
import { FrameSkimmer } from './frame-skimmer.js';

/** A server frame (unmasked), as RFC 6455 §5.2 lays it out. */
function frame(opcode: number, payload: Buffer, fin = true): Buffer {
  const first = (fin ? 0x80 : 0) | opcode;
  const length = payload.length;
  let header: Buffer;
  if (length < 126) header = Buffer.from([first, length]);
  else if (length < 0x10000) header = Buffer.from([first, 126, length >> 8, length & 0xff]);
  else {
    header = Buffer.alloc(10);
    header[0] = first;
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}

function closePayload(code: number, reason: string): Buffer {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
  payload.writeUInt16BE(code, 0);
  payload.write(reason, 2);
  return payload;
}

/** A run of frames of every length class, a ping, a fragmented message and a close. */
const stream = Buffer.concat([
  frame(2, Buffer.alloc(10, 1)),
  frame(9, Buffer.from('hi')),
  frame(2, Buffer.alloc(300, 2)),
  frame(2, Buffer.alloc(5), false),
  frame(0, Buffer.alloc(7)),
  frame(2, Buffer.alloc(70_000, 3)),
  frame(8, closePayload(4429, 'room is full')),
]);

function skim(chunkBytes: number) {
  const seen = { messages: [] as number[], pings: [] as string[], closes: [] as string[] };
  const skimmer = new FrameSkimmer({
    message: (bytes) => seen.messages.push(bytes),
    ping: (payload) => seen.pings.push(payload.toString()),
    close: (code, reason) => seen.closes.push(`${code} ${reason}`),
  });
  for (let at = 0; at < stream.length; at += chunkBytes) {
    skimmer.push(stream.subarray(at, at + chunkBytes));
  }
  return seen;
}

describe('FrameSkimmer (the load generator)', () => {
  it('counts every message, answers every ping and notices the close, however the socket cuts the bytes', () => {
    for (const chunkBytes of [1, 2, 3, 7, 100, 4096, stream.length]) {
      expect(skim(chunkBytes)).toEqual({
        messages: [10, 300, 7, 70_000],
        pings: ['hi'],
        closes: ['4429 room is full'],
      });
    }
  });
});
