import type { CreateWorkshopReply } from '@moteplass/shared';
import * as Y from 'yjs';
import { encodeUpdate } from '../src/rooms/protocol.js';
import {
  connect,
  joinAsParticipant,
  openRawSocket,
  waitFor,
  type RawSocket,
  type SyncedClient,
  type TestServer,
} from './helper.js';

/**
 * Helpers for tests written as the attack: a participant with a modified
 * client, hand-making Yjs updates and sending them on a raw socket.
 */

/** A copy of a document's state with its own client id, to make changes against. */
export function copyOf(doc: Y.Doc, clientId?: number): Y.Doc {
  const copy = new Y.Doc();
  if (clientId !== undefined) copy.clientID = clientId;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The update a change makes to a copy of `base` (only the change, not what `base` had). */
export function craft(base: Y.Doc, change: (doc: Y.Doc) => void, clientId?: number): Uint8Array {
  const copy = copyOf(base, clientId);
  const before = Y.encodeStateVector(copy);
  change(copy);
  const update = Y.encodeStateAsUpdate(copy, before);
  copy.destroy();
  return update;
}

export function items(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>('items');
}

/** A well-formed note's fields, as the client writes them. */
export function noteFields(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'note',
    x: 100,
    y: 80,
    w: 200,
    h: 200,
    phase: 'explore',
    text,
    color: 'yellow',
    ...extra,
  };
}

export function addItem(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  doc.transact(() => items(doc).set(id, new Y.Map<unknown>(Object.entries(fields))));
}

export interface Hostile {
  raw: RawSocket;
  participantId: string;
  token: string;
  send(update: Uint8Array): void;
}

/** A participant on a raw socket of the board, taken into the room (greeted). */
export async function hostileParticipant(
  server: TestServer,
  workshop: CreateWorkshopReply,
): Promise<Hostile> {
  const session = await joinAsParticipant(server.url, workshop);
  const raw = await openRawSocket(server.wsUrl, workshop.id, 'board', session.token);
  await waitFor(() => raw.received.length > 0, 5000, 'the server to greet the raw socket');
  return {
    raw,
    participantId: session.participantId,
    token: session.token,
    send: (update) => raw.socket.send(encodeUpdate(update)),
  };
}

/** A participant on the stock client, with their id. */
export async function honestParticipant(
  server: TestServer,
  workshop: CreateWorkshopReply,
): Promise<SyncedClient & { participantId: string; token: string }> {
  const session = await joinAsParticipant(server.url, workshop);
  const client = await connect(server.wsUrl, workshop.id, 'board', session.token);
  return { ...client, participantId: session.participantId, token: session.token };
}

/** Nested maps `depth` levels deep under one item. */
export function deepItem(doc: Y.Doc, id: string, depth: number): void {
  doc.transact(() => {
    let map = new Y.Map<unknown>();
    items(doc).set(id, map);
    for (let level = 0; level < depth; level++) {
      const child = new Y.Map<unknown>();
      map.set('text', child);
      map = child;
    }
  });
}
