import type { RoomName } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { MemoryStorage } from '../storage/index.js';
import { Connection, type Peer, type RoomSocket } from './connection.js';
import type { Room } from './room.js';
import type { RoomLogger } from './types.js';

/**
 * In-memory fakes for the unit tests of rooms/, workshops/ and actions/.
 * Test support only: not part of the folder's public face (index.ts).
 * Frames are built and read with y-protocols/lib0, independently of
 * protocol.ts, so the tests check what a real y-websocket client would see.
 */

export type ServerMessage =
  | { kind: 'syncStep1'; payload: Uint8Array }
  | { kind: 'syncStep2'; payload: Uint8Array }
  | { kind: 'update'; payload: Uint8Array }
  | { kind: 'awareness'; payload: Uint8Array };

export function readServerMessage(frame: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === 1) return { kind: 'awareness', payload: decoding.readVarUint8Array(decoder) };
  if (type !== 0) throw new Error(`unexpected message type ${type}`);
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === syncProtocol.messageYjsSyncStep1) return { kind: 'syncStep1', payload };
  if (step === syncProtocol.messageYjsSyncStep2) return { kind: 'syncStep2', payload };
  if (step === syncProtocol.messageYjsUpdate) return { kind: 'update', payload };
  throw new Error(`unexpected sync step ${step}`);
}

/** A socket that records what the room sends; like the ws adapter, it drops sends after close. */
export class FakeSocket implements RoomSocket {
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  bufferedAmount = 0;
  sendsAfterClose = 0;
  /** What a real socket would write with one system call each (sends while corked count once). */
  writes = 0;
  private corkDepth = 0;
  private sentWhileCorked = 0;

  constructor(private readonly onClose?: (code: number) => void) {}

  send(message: Uint8Array): void {
    if (this.closed) {
      this.sendsAfterClose++;
      return;
    }
    this.sent.push(message);
    if (this.corkDepth > 0) this.sentWhileCorked++;
    else this.writes++;
  }

  cork(): void {
    this.corkDepth++;
  }

  uncork(): void {
    if (this.corkDepth === 0) throw new Error('uncork without cork');
    if (--this.corkDepth === 0 && this.sentWhileCorked > 0) {
      this.writes++;
      this.sentWhileCorked = 0;
    }
  }

  get isCorked(): boolean {
    return this.corkDepth > 0;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = { code, reason };
    this.onClose?.(code);
  }

  messages(): ServerMessage[] {
    return this.sent.map(readServerMessage);
  }

  /** Raw frames of document updates broadcast to this socket. */
  updateFrames(): Uint8Array[] {
    return this.sent.filter((frame) => readServerMessage(frame).kind === 'update');
  }

  /** A fresh document holding everything this socket was sent (sync step 2 and updates). */
  receivedDoc(): Y.Doc {
    const doc = new Y.Doc();
    for (const message of this.messages()) {
      if (message.kind === 'syncStep2' || message.kind === 'update') {
        Y.applyUpdate(doc, message.payload);
      }
    }
    return doc;
  }

  awarenessPayloads(): Uint8Array[] {
    return this.messages()
      .filter((message) => message.kind === 'awareness')
      .map((message) => message.payload);
  }
}

let peerCounter = 0;

export function testPeer(overrides: Partial<Peer> = {}): Peer {
  peerCounter++;
  return {
    workshopId: 'w1',
    participantId: `p${peerCounter}`,
    facilitator: false,
    role: 'innbygger',
    ...overrides,
  };
}

/** A socket and its connection, joined to `room`. */
export function connect(
  room: Room,
  options: {
    peer?: Partial<Peer>;
    messagesPerSecond?: number;
    onClose?: (code: number) => void;
  } = {},
): { socket: FakeSocket; connection: Connection } {
  const socket = new FakeSocket(options.onClose);
  const connection = new Connection(
    socket,
    testPeer({ workshopId: room.workshopId, ...options.peer }),
    options.messagesPerSecond ?? 10_000,
  );
  room.join(connection);
  return { socket, connection };
}

// Client frames, as y-websocket writes them.

export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep2(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update for explicit client ids, as any client could forge it. */
export function rawAwarenessUpdate(
  entries: { clientId: number; clock: number; state: Record<string, unknown> | null }[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/** The awareness states a client would hold after applying everything it was sent. */
export function receivedAwareness(socket: FakeSocket): Map<number, unknown> {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(null);
  for (const payload of socket.awarenessPayloads()) {
    awarenessProtocol.applyAwarenessUpdate(awareness, payload, 'server');
  }
  const states = new Map(awareness.getStates());
  awareness.destroy();
  return states;
}

/** An update that puts one note into the board's `items` map, made by a fresh client. */
export function noteUpdate(id: string, text: string): Uint8Array {
  const doc = new Y.Doc();
  const note = new Y.Map<unknown>();
  doc.getMap('items').set(id, note);
  note.set('type', 'note');
  note.set('text', text);
  return Y.encodeStateAsUpdate(doc);
}

/** The note texts in a board document, by item id. */
export function noteTexts(doc: Y.Doc): Record<string, unknown> {
  const texts: Record<string, unknown> = {};
  doc.getMap<Y.Map<unknown>>('items').forEach((item, id) => (texts[id] = item.get('text')));
  return texts;
}

/** A fresh document with what storage holds for a room. */
export async function storedDoc(
  storage: MemoryStorage,
  workshopId: string,
  name: RoomName,
): Promise<Y.Doc> {
  const stored = await storage.documents.load(workshopId, name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

export { SyncTestStorage, TestStorage } from './test-storage.js';

export const silentLogger: RoomLogger = { warn: () => {}, error: () => {} };

/** One turn of the event loop: the room's coalesced broadcast has run. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Polls until `condition` holds; fails after `timeoutMs` (a guard, not a speed assertion). */
export async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
