/**
 * What a load client that does not observe does with the server's frames
 * once the load runs: count them, answer pings, notice a close, and nothing
 * else. Through ws each frame went through a stream, a parser, a `message`
 * event and our own decoder only to be counted; with 300 rooms of 6 that is
 * tens of thousands of frames a second on the generator's one core (for a
 * server that does not coalesce, most of its load). Here a chunk from the
 * socket is walked header by header (RFC 6455 §5.2; a server's frames are
 * unmasked) and payloads are skipped, never copied.
 */
export interface SkimmedFrames {
  /** A data frame that ends a message (FIN set), `bytes` of payload. */
  message(bytes: number): void;
  ping(payload: Buffer): void;
  close(code: number, reason: string): void;
}

export class FrameSkimmer {
  /** Payload bytes of the current data frame still to come. */
  private skipping = 0;
  /** The start of a header (or of a control frame) cut off at the end of the last chunk. */
  private carry: Buffer | null = null;

  constructor(private readonly frames: SkimmedFrames) {}

  push(chunk: Buffer): void {
    let buffer = chunk;
    if (this.carry) {
      buffer = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    let pos = 0;
    while (pos < buffer.length) {
      if (this.skipping > 0) {
        const skipped = Math.min(this.skipping, buffer.length - pos);
        this.skipping -= skipped;
        pos += skipped;
        continue;
      }
      const header = readHeader(buffer, pos);
      if (header === null) {
        this.carry = Buffer.from(buffer.subarray(pos));
        return;
      }
      const { fin, opcode, headerBytes, length } = header;
      if (opcode >= 8) {
        // Control frames are short (≤ 125 bytes) and read whole.
        if (buffer.length - pos < headerBytes + length) {
          this.carry = Buffer.from(buffer.subarray(pos));
          return;
        }
        const payload = buffer.subarray(pos + headerBytes, pos + headerBytes + length);
        if (opcode === 9) this.frames.ping(Buffer.from(payload));
        if (opcode === 8) {
          const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
          this.frames.close(code, payload.subarray(2).toString('utf8'));
        }
        pos += headerBytes + length;
        continue;
      }
      if (fin) this.frames.message(length);
      this.skipping = length;
      pos += headerBytes;
    }
  }
}

interface Header {
  fin: boolean;
  opcode: number;
  headerBytes: number;
  length: number;
}

/** The frame header at `pos`, or null if the buffer ends inside it. */
function readHeader(buffer: Buffer, pos: number): Header | null {
  if (buffer.length - pos < 2) return null;
  const first = buffer[pos]!;
  const second = buffer[pos + 1]!;
  let headerBytes = 2 + (second & 0x80 ? 4 : 0);
  let length = second & 0x7f;
  if (length === 126) {
    if (buffer.length - pos < 4) return null;
    length = buffer.readUInt16BE(pos + 2);
    headerBytes += 2;
  } else if (length === 127) {
    if (buffer.length - pos < 10) return null;
    length = Number(buffer.readBigUInt64BE(pos + 2));
    headerBytes += 8;
  }
  if (buffer.length - pos < headerBytes) return null;
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, headerBytes, length };
}
