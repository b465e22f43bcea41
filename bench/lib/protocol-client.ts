import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { FrameSkimmer } from './frame-skimmer.js';

/**
 * A y-websocket client spoken directly over `ws`, lighter than the
 * WebsocketProvider so the load generator is not the bottleneck. An
 * observer decodes and applies everything; any other client reads only the
 * first bytes of each frame to answer the sync handshake.
 *
 * With a `documentName` it speaks Hocuspocus's dialect of the same
 * protocol: every message starts with the document name (a varString),
 * the client first sends an auth message (type 2, token 0, a token string;
 * Hocuspocus queues everything else until it has answered "authenticated"),
 * the server may send sync messages as "sync reply" (type 4, same body as
 * sync) and acknowledges each update with a sync status (type 8, ignored).
 *
 * Cheap per send, so one generator core can load 300+ rooms of 6 against
 * every server alike: each message goes to the socket as one write of one
 * frame built here, masked with the key 0 (RFC 6455 wants a mask on every
 * client frame, any key will do for a server; with 0 nothing is XORed and
 * no random bytes are drawn), and a cursor's presence is written straight
 * into its frame, without objects, encoders or copies.
 */

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_SYNC_REPLY = 4;
const AUTH_TOKEN = 0;
const AUTH_PERMISSION_DENIED = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/**
 * Milliseconds of the machine's monotonic clock, sub-millisecond (the
 * `sentAt` stamps): the same clock in every process here, so a stamp made by
 * the generator can be compared with an arrival seen by the observer process.
 */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Origin of updates received from the server: they are never sent back. */
export const REMOTE = Symbol('remote');

export interface ClientOptions {
  url: string;
  /** Hocuspocus: the document this socket opens; every message is prefixed with it. */
  documentName?: string;
  /** Decode and apply everything received; otherwise only the sync handshake is read. */
  observe: boolean;
  doc?: Y.Doc;
  /** Each presence state an observer receives, with the time its frame arrived. */
  onAwareness?: (clientId: number, clock: number, state: unknown, receivedAt: number) => void;
}

export class ProtocolClient {
  readonly doc: Y.Doc;
  /** Arrival time of the frame being applied, for listeners on the doc. */
  receivedAt = 0;
  /** new WebSocket(), socket open, sync step 2 arrived, sync step 2 applied. */
  readonly times = { created: 0, opened: 0, syncReceived: 0, synced: 0 };
  syncStep2Bytes = 0;
  framesIn = 0;
  bytesIn = 0;
  closedWith: { code: number; reason: string } | undefined;

  private socket: WebSocket | undefined;
  /** See `skimFrames`: asked for, and done (the socket's data goes to the skimmer, not to ws). */
  private skimWanted = false;
  private skimming = false;
  private awarenessClock = 0;
  private expectingClose = false;
  /** The encoded document name every message starts with (Hocuspocus), or nothing. */
  private readonly prefix: Uint8Array;

  constructor(private readonly options: ClientOptions) {
    this.doc = options.doc ?? new Y.Doc();
    const prefix = encoding.createEncoder();
    if (options.documentName !== undefined) encoding.writeVarString(prefix, options.documentName);
    this.prefix = encoding.toUint8Array(prefix);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.send(this.syncMessage(SYNC_UPDATE, update));
    });
  }

  /** Connect and complete the handshake; resolves once sync step 2 is applied. */
  connect(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        fail(new Error(`no sync within ${timeoutMs} ms (${redact(this.options.url)})`));
      }, timeoutMs);
      const fail = (error: Error) => {
        if (this.times.synced) return;
        clearTimeout(timer);
        this.socket?.terminate();
        reject(error);
      };
      this.times.created = nowMs();
      const socket = new WebSocket(this.options.url, {
        perMessageDeflate: false,
        handshakeTimeout: timeoutMs,
        // The same key as the frames written in `writeFrame` (see the top of this file).
        generateMask: (mask: Buffer) => void mask.fill(0),
      });
      this.socket = socket;
      socket.on('open', () => {
        this.times.opened = nowMs();
        if (this.options.documentName !== undefined) {
          // Hocuspocus: authenticate first (no token needed by the stock server).
          const auth = this.encoder();
          encoding.writeVarUint(auth, MESSAGE_AUTH);
          encoding.writeVarUint(auth, AUTH_TOKEN);
          encoding.writeVarString(auth, '');
          this.send(encoding.toUint8Array(auth));
        }
        // The client opens the handshake, as the y-websocket provider does.
        this.send(this.syncMessage(SYNC_STEP1, Y.encodeStateVector(this.doc)));
      });
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (this.skimWanted) this.trySkimming();
        if (!isBinary) return;
        let outcome: ReturnType<ProtocolClient['receive']>;
        try {
          outcome = this.receive(data);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (outcome === 'synced') {
          clearTimeout(timer);
          resolve();
        }
      });
      socket.on('unexpected-response', (_request, response) => {
        fail(new Error(`upgrade refused with HTTP ${response.statusCode}`));
      });
      socket.on('error', (error) => fail(error));
      socket.on('close', (code, reason) => {
        // A close frame the skimmer read came first (ws then sees only the socket go: 1006).
        this.closedWith ??= { code, reason: reason.toString() };
        fail(new Error(`closed before sync: ${code} ${reason.toString()}`));
      });
    });
  }

  /**
   * From now on only count what arrives, answer pings and notice a close
   * (frame-skimmer.ts): for a client that does not observe, once the load
   * starts (the handshake, and the server's own sync step 1, are long done).
   * Takes effect at once, or after the frame ws is in the middle of.
   */
  skimFrames(): void {
    if (this.options.observe || this.skimming) return;
    this.skimWanted = true;
    this.trySkimming();
  }

  private trySkimming(): void {
    const socket = this.socket;
    const internals = socket as unknown as {
      _socket?: {
        isPaused(): boolean;
        removeAllListeners(event: string): void;
        on(event: 'data', listener: (chunk: Buffer) => void): void;
      };
      _receiver?: { _bufferedBytes?: number };
    };
    const raw = internals?._socket;
    // Only between two frames (nothing buffered in ws's parser) and while data flows.
    if (
      socket?.readyState !== WebSocket.OPEN ||
      socket.extensions !== '' ||
      !raw ||
      internals._receiver?._bufferedBytes !== 0 ||
      raw.isPaused()
    ) {
      return;
    }
    const skimmer = new FrameSkimmer({
      message: (bytes) => {
        this.framesIn++;
        this.bytesIn += bytes;
      },
      ping: (payload) => {
        const { frame, payloadAt } = maskedFrame(payload.length);
        frame[0] = 0x8a; // FIN, pong
        frame.set(payload, payloadAt);
        this.writeFrame(frame, payloadAt);
      },
      close: (code, reason) => {
        if (!this.expectingClose) this.closedWith ??= { code, reason };
        socket.terminate();
      },
    });
    raw.removeAllListeners('data');
    raw.on('data', (chunk) => skimmer.push(chunk));
    this.skimWanted = false;
    this.skimming = true;
  }

  /** True when the server closed the socket (or it failed) rather than us. */
  get lostConnection(): boolean {
    return this.closedWith !== undefined && !this.expectingClose;
  }

  private receive(frame: Buffer): 'synced' | undefined {
    const receivedAt = nowMs();
    this.framesIn++;
    this.bytesIn += frame.length;
    const decoder = decoding.createDecoder(frame);
    if (this.options.documentName !== undefined) decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC || (type === MESSAGE_SYNC_REPLY && this.prefix.length > 0)) {
      const step = decoding.readVarUint(decoder);
      if (step === SYNC_STEP1) {
        const stateVector = decoding.readVarUint8Array(decoder);
        this.send(this.syncMessage(SYNC_STEP2, Y.encodeStateAsUpdate(this.doc, stateVector)));
        return undefined;
      }
      if (step === SYNC_STEP2 && this.times.synced === 0) {
        this.times.syncReceived = receivedAt;
        const update = decoding.readVarUint8Array(decoder);
        this.syncStep2Bytes = update.length;
        this.apply(update, receivedAt);
        this.times.synced = nowMs();
        return 'synced';
      }
      if (this.options.observe) this.apply(decoding.readVarUint8Array(decoder), receivedAt);
      return undefined;
    }
    if (type === MESSAGE_AWARENESS && this.options.observe && this.options.onAwareness) {
      readAwareness(decoder, receivedAt, this.options.onAwareness);
    }
    if (type === MESSAGE_AUTH && this.prefix.length > 0) {
      if (decoding.readVarUint(decoder) === AUTH_PERMISSION_DENIED) {
        throw new Error(`permission denied: ${decoding.readVarString(decoder)}`);
      }
    }
    return undefined;
  }

  private apply(update: Uint8Array, receivedAt: number): void {
    this.receivedAt = receivedAt;
    Y.applyUpdate(this.doc, update, REMOTE);
  }

  /** Send this client's presence; returns its awareness clock. */
  sendPresence(state: object): number {
    return this.sendPresenceJson(JSON.stringify(state));
  }

  /** `sendPresence({ user: { name }, cursor: { x, y }, sentAt })`, the same bytes, no objects built. */
  sendCursor(name: string, x: number, y: number, sentAt: number): number {
    return this.sendPresenceJson(
      `{"user":{"name":${JSON.stringify(name)}},"cursor":{"x":${x},"y":${y}},"sentAt":${sentAt}}`,
    );
  }

  /** One awareness entry (this client, its next clock, `json`), written straight into its frame. */
  private sendPresenceJson(json: string): number {
    this.awarenessClock++;
    const jsonBytes = Buffer.byteLength(json);
    const clientId = this.doc.clientID;
    const innerLength =
      1 +
      varUintLength(clientId) +
      varUintLength(this.awarenessClock) +
      varUintLength(jsonBytes) +
      jsonBytes;
    const payloadLength = this.prefix.length + 1 + varUintLength(innerLength) + innerLength;
    const { frame, payloadAt } = maskedFrame(payloadLength);
    let pos = payloadAt;
    frame.set(this.prefix, pos);
    pos += this.prefix.length;
    pos = writeVarUint(frame, pos, MESSAGE_AWARENESS);
    pos = writeVarUint(frame, pos, innerLength);
    pos = writeVarUint(frame, pos, 1);
    pos = writeVarUint(frame, pos, clientId);
    pos = writeVarUint(frame, pos, this.awarenessClock);
    pos = writeVarUint(frame, pos, jsonBytes);
    frame.write(json, pos, 'utf8');
    this.writeFrame(frame, payloadAt);
    return this.awarenessClock;
  }

  /** A new message: for Hocuspocus it starts with the document name. */
  private encoder(): encoding.Encoder {
    const encoder = encoding.createEncoder();
    if (this.prefix.length > 0) encoding.writeUint8Array(encoder, this.prefix);
    return encoder;
  }

  private syncMessage(step: number, payload: Uint8Array): Uint8Array {
    const encoder = this.encoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  }

  private send(message: Uint8Array): void {
    const { frame, payloadAt } = maskedFrame(message.length);
    frame.set(message, payloadAt);
    this.writeFrame(frame, payloadAt);
  }

  /**
   * A whole frame in one write to the socket under ws (as the server's
   * transport does): ws writes each of its own frames whole and at once, and
   * without extensions nothing of ours can land inside one of them.
   */
  private writeFrame(frame: Buffer, payloadAt: number): void {
    const socket = this.socket;
    if (socket?.readyState !== WebSocket.OPEN) return;
    const raw = (socket as unknown as { _socket?: { write?: (data: Buffer) => boolean } })._socket;
    if (socket.extensions === '' && typeof raw?.write === 'function') raw.write(frame);
    else socket.send(frame.subarray(payloadAt), { binary: true });
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  close(): void {
    this.expectingClose = true;
    this.socket?.close(1000, 'bench done');
  }
}

/** Awareness update: [count, (clientId, clock, state JSON)*], the payload of a varUint8Array. */
function readAwareness(
  outer: decoding.Decoder,
  receivedAt: number,
  onState: NonNullable<ClientOptions['onAwareness']>,
): void {
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer));
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    onState(clientId, clock, state, receivedAt);
  }
}

/** A URL without its session token, for messages. */
export function redact(url: string): string {
  return url.replace(/token=[^&]*/, 'token=…');
}

/** A final binary client frame of `payloadLength` bytes, masked with the key 0; the payload is the caller's to write. */
function maskedFrame(payloadLength: number): { frame: Buffer; payloadAt: number } {
  const lengthBytes = payloadLength < 126 ? 0 : payloadLength < 0x10000 ? 2 : 8;
  const payloadAt = 2 + lengthBytes + 4;
  const frame = Buffer.allocUnsafe(payloadAt + payloadLength);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (lengthBytes === 0) {
    frame[1] = 0x80 | payloadLength;
  } else if (lengthBytes === 2) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(payloadLength, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(payloadLength), 2);
  }
  frame.fill(0, payloadAt - 4, payloadAt); // the masking key
  return { frame, payloadAt };
}

function varUintLength(value: number): number {
  let length = 1;
  while (value > 0x7f) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

/** lib0's varUint at `pos`; returns the position after it. */
function writeVarUint(target: Buffer, pos: number, value: number): number {
  while (value > 0x7f) {
    target[pos++] = 0x80 | (value & 0x7f);
    value = Math.floor(value / 128);
  }
  target[pos++] = value;
  return pos;
}
