import { LIMITS } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The y-websocket wire protocol: each frame is one message,
 * `[messageType: varUint, payload…]`, with sync messages carrying a second
 * varUint (step 1, step 2, update) and a length-prefixed byte array.
 * Decoding is strict so a malformed frame is refused as a whole.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function decodeMessage(frame: Uint8Array): ClientMessage {
  if (frame.length === 0) throw new ProtocolError('empty frame');
  const decoder = decoding.createDecoder(frame);
  let message: ClientMessage;
  try {
    message = readMessage(decoder);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('truncated or malformed frame');
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
  return message;
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder);
      const payload = readBytes(decoder);
      if (step === SYNC_STEP1) return { kind: 'syncStep1', stateVector: payload };
      if (step === SYNC_STEP2) return { kind: 'syncStep2', update: payload };
      if (step === SYNC_UPDATE) return { kind: 'update', update: payload };
      throw new ProtocolError(`unknown sync step ${step}`);
    }
    case MESSAGE_AWARENESS:
      return { kind: 'awareness', update: readBytes(decoder) };
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'queryAwareness' };
    case MESSAGE_AUTH:
      // Clients do not authenticate in-band (the token is checked at the upgrade);
      // the payload is read and ignored.
      decoding.readVarUint(decoder);
      if (decoding.hasContent(decoder)) decoding.readVarString(decoder);
      return { kind: 'auth' };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

/** A length-prefixed byte array that must lie wholly inside the frame. */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.length - decoder.pos) throw new ProtocolError('length beyond frame end');
  return decoding.readUint8Array(decoder, length);
}

/**
 * An encoded message as a Node Buffer (a view, no copy). A message is sent to
 * many sockets; `ws` wraps every Uint8Array that is not a Buffer in a new
 * Buffer object on each send, so this is done once per message instead.
 */
function sendable(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return sendable(encoding.toUint8Array(encoder));
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncMessage(SYNC_STEP1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => syncMessage(SYNC_STEP2, update);
export const encodeUpdate = (update: Uint8Array) => syncMessage(SYNC_UPDATE, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return sendable(encoding.toUint8Array(encoder));
}

/** One client's entry in an awareness update. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state is `null`: the client's presence is being removed. */
  removes: boolean;
  /** The state is `null` or `{}`: nothing to show. */
  empty: boolean;
  /** Length of the state's JSON, bytes. */
  stateBytes: number;
}

/**
 * The entries of an awareness update. Used to stop one connection from
 * overwriting or removing another's presence.
 */
export function awarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > LIMITS.presenceEntriesPerFrame) {
      throw new ProtocolError(`more than ${LIMITS.presenceEntriesPerFrame} presence entries`);
    }
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      const stateBytes = Buffer.byteLength(json);
      // A state past the limit is refused unread (PRES-1); parsing it would be the cost it imposes.
      const state: unknown = stateBytes > LIMITS.presenceStateBytes ? {} : JSON.parse(json);
      const empty = state === null || json === '{}';
      entries.push({ clientId, clock, removes: state === null, empty, stateBytes });
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update');
    return entries;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError('malformed awareness update');
  }
}

/** The client ids an awareness update speaks for. */
export function awarenessClientIds(update: Uint8Array): number[] {
  return awarenessEntries(update).map((entry) => entry.clientId);
}

/**
 * One client's entry of an awareness update (`clientId`, `clock`, state as
 * JSON; `null` removes it), encoded once so that several messages can be
 * assembled from the same bytes.
 */
export function encodeAwarenessEntry(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state ?? null));
  return encoding.toUint8Array(encoder);
}

/**
 * A whole awareness message (type, length, count, entries) from encoded
 * entries, leaving out those for which `skip` is true. Copies bytes once; no
 * JSON is encoded again.
 */
export function assembleAwarenessMessage(
  entries: readonly Uint8Array[],
  skip?: (index: number) => boolean,
): Uint8Array {
  let count = 0;
  let entryBytes = 0;
  for (let i = 0; i < entries.length; i++) {
    if (skip?.(i)) continue;
    count++;
    entryBytes += entries[i]!.length;
  }
  const updateLength = varUintLength(count) + entryBytes;
  // Every byte is written below, so the buffer need not be zeroed.
  const message = Buffer.allocUnsafe(
    varUintLength(MESSAGE_AWARENESS) + varUintLength(updateLength) + updateLength,
  );
  let pos = writeVarUint(message, 0, MESSAGE_AWARENESS);
  pos = writeVarUint(message, pos, updateLength);
  pos = writeVarUint(message, pos, count);
  for (let i = 0; i < entries.length; i++) {
    if (skip?.(i)) continue;
    message.set(entries[i]!, pos);
    pos += entries[i]!.length;
  }
  return message;
}

function varUintLength(value: number): number {
  let length = 1;
  while (value > 0x7f) {
    value = Math.floor(value / 128);
    length++;
  }
  return length;
}

function writeVarUint(target: Uint8Array, pos: number, value: number): number {
  while (value > 0x7f) {
    target[pos++] = 0x80 | (value & 0x7f);
    value = Math.floor(value / 128);
  }
  target[pos++] = value;
  return pos;
}
