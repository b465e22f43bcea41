/**
 * WebSocket frames built once per broadcast message.
 *
 * The room core sends one encoded buffer to every connection of a room
 * (room-broadcast.ts). Through `ws`, each of those sends would frame it anew:
 * a header buffer, two options objects and two corked writes per socket.
 * Here the frame (header + payload, RFC 6455 §5.2: FIN, binary, unmasked as
 * from a server) is built once per message and every socket gets one write
 * of the same buffer. A CPU profile of 200 people in one room spent most of
 * its time in exactly those per-socket sends (BENCHMARKS.md).
 */

/** Messages at least this big (a board's first sync) go through ws unframed here: no copy. */
export const SHARED_FRAME_MAX_BYTES = 64 * 1024;

/** A complete, unmasked, final binary frame carrying `payload`. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.length;
  const headerBytes = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}

/**
 * The frame of each message, built on its first send and kept only as long
 * as the message itself is (a broadcast's buffer is dropped after its turn).
 */
export class SharedFrames {
  private readonly frames = new WeakMap<Uint8Array, Buffer>();
  /** First message → second message → both frames in one buffer. */
  private readonly pairs = new WeakMap<Uint8Array, WeakMap<Uint8Array, Buffer>>();

  frameFor(message: Uint8Array): Buffer {
    let frame = this.frames.get(message);
    if (!frame) {
      frame = binaryFrame(message);
      this.frames.set(message, frame);
    }
    return frame;
  }

  /**
   * The frames of `first` and `second` back to back, built once per pair: an
   * edit and the presence riding along reach most sockets as the same two
   * messages, so each of those sockets gets one plain write of one buffer
   * (no cork, no writev of two chunks). Only the presence's owners, whose
   * variant leaves out their own state, get a pair of their own.
   */
  pairFor(first: Uint8Array, second: Uint8Array): Buffer {
    let seconds = this.pairs.get(first);
    if (!seconds) {
      seconds = new WeakMap();
      this.pairs.set(first, seconds);
    }
    let pair = seconds.get(second);
    if (!pair) {
      pair = Buffer.concat([this.frameFor(first), this.frameFor(second)]);
      seconds.set(second, pair);
    }
    return pair;
  }
}
