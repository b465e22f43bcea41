import {
  LIMITS,
  SYNC_V2_GZIP_MESSAGE,
  SYNC_V2_MESSAGE,
  SYNC_V2_PARTS_MESSAGE,
} from '@moteplass/shared';
import * as encoding from 'lib0/encoding';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection } from './connection.js';
import { encodeStateInParts } from './initial-state-parts.js';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2 } from './protocol.js';

const gzipAsync = promisify(gzip);

/** The initial sync in V2 (JOIN-2): `[SYNC_V2_MESSAGE, varUint8Array(update)]`. */
export function encodeSyncStateV2(update: Uint8Array, type = SYNC_V2_MESSAGE): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, update);
  const bytes = encoding.toUint8Array(encoder);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A state vector with no clients (one varUint 0): the client has nothing yet. */
const isEmptyStateVector = (stateVector: Uint8Array) =>
  stateVector.length === 1 && stateVector[0] === 0;

export interface SyncRepliesParts {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  /** Resolves once nothing the room holds is unstored; rejects if the room closed first. */
  allStored: () => Promise<void>;
  /** Still in the room (it may have left while we waited for storage). */
  isMember: (connection: Connection) => boolean;
  /** A direct reply (subject to backpressure's hard limit). */
  reply: (connection: Connection, message: Uint8Array) => void;
  /** The client sent something we cannot answer: close it with a reason. */
  reject: (connection: Connection, reason: string) => void;
}

/**
 * What a room answers a joiner and a client that syncs (SYNC-1): the room's
 * sync step 1 and the full state for a fresh client (an empty state vector)
 * are encoded once per version of the document, for every joiner, and
 * dropped on any change (`documentChanged`). The full state is built only
 * after waiting until nothing is unstored, so a joiner never sees a change
 * that is not stored yet. A returning client with part of the document gets
 * just what it lacks. A client that asked for V2 (JOIN-2) gets the same in
 * Yjs's V2 encoding (a 10,000-note board: about a third of the bytes, and
 * faster to decode), cached alike beside the V1 one, and gzipped once per
 * version for a client that asked for `v2gz` (compressed on libuv's pool,
 * off the event loop). A client that asked for `v2parts` gets it gzipped
 * in parts (JOIN-11), also built once per version.
 */
export class SyncReplies {
  private cachedSyncStep1: Uint8Array | undefined;
  private cachedFullState: Uint8Array | undefined;
  private cachedFullStateV2: Uint8Array | undefined;
  private cachedFullStateV2Gzip: Promise<Uint8Array> | undefined;
  private cachedFullStateParts: Promise<Uint8Array> | undefined;

  constructor(private readonly parts: SyncRepliesParts) {}

  /** The document changed: the cached encodings are stale. */
  documentChanged(): void {
    this.cachedSyncStep1 = this.cachedFullState = this.cachedFullStateV2 = undefined;
    this.cachedFullStateV2Gzip = this.cachedFullStateParts = undefined;
  }

  /** A joiner: our sync step 1 (what we have), then everybody's presence. */
  greet(connection: Connection): void {
    connection.socket.send(
      (this.cachedSyncStep1 ??= encodeSyncStep1(Y.encodeStateVector(this.parts.doc))),
    );
    if (this.parts.awareness.getStates().size > 0) connection.socket.send(this.allPresence());
  }

  /** Everyone's presence, for a joiner or a query. */
  allPresence(): Uint8Array {
    const { awareness } = this.parts;
    const ids = [...awareness.getStates().keys()];
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, ids));
  }

  /** The client's sync step 1: what it lacks, once everything we hold is stored. */
  async answerSyncStep1(connection: Connection, stateVector: Uint8Array): Promise<void> {
    const { doc, allStored, isMember, reply, reject } = this.parts;
    try {
      await allStored();
    } catch {
      return; // the room closed before storing; its connections are gone
    }
    if (!isMember(connection)) return;
    const v2 = connection.syncEncoding !== 'v1';
    const zipped =
      connection.syncEncoding === 'v2gz'
        ? () => this.fullStateV2Gzip()
        : connection.syncEncoding === 'v2parts'
          ? () => this.fullStateInParts()
          : null;
    if (isEmptyStateVector(stateVector) && zipped) {
      const message = await zipped();
      if (isMember(connection)) reply(connection, message);
      return;
    }
    if (isEmptyStateVector(stateVector)) {
      // A fresh client: everything, encoded once for every joiner until the next change.
      // Built only here, with nothing unstored, so it holds only stored changes.
      reply(
        connection,
        v2
          ? (this.cachedFullStateV2 ??= encodeSyncStateV2(Y.encodeStateAsUpdateV2(doc)))
          : (this.cachedFullState ??= encodeSyncStep2(Y.encodeStateAsUpdate(doc))),
      );
      return;
    }
    let message: Uint8Array;
    try {
      message = v2
        ? encodeSyncStateV2(Y.encodeStateAsUpdateV2(doc, stateVector))
        : encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector));
    } catch {
      reject(connection, 'malformed state vector');
      return;
    }
    reply(connection, message);
  }

  /**
   * The whole board, V2, gzipped: one compression per version, shared by
   * the joiners that ask meanwhile. The state is taken now (everything is
   * stored), so a joiner that gets it after a later change also gets that
   * change as an update, as with the other encodings.
   */
  private fullStateV2Gzip(): Promise<Uint8Array> {
    if (this.cachedFullStateV2Gzip) return this.cachedFullStateV2Gzip;
    // Taken now, with nothing unstored (SYNC-1), not after the compression.
    const update = Y.encodeStateAsUpdateV2(this.parts.doc);
    this.cachedFullStateV2Gzip = gzipAsync(update).then(
      (zipped) => encodeSyncStateV2(zipped, SYNC_V2_GZIP_MESSAGE),
      // zlib failed (it should not): the same board uncompressed, never a crash or a hang.
      () => encodeSyncStateV2(update),
    );
    return this.cachedFullStateV2Gzip;
  }

  /**
   * The whole board in parts (JOIN-11), gzipped together: built and
   * compressed once per version like `fullStateV2Gzip`, from the state of
   * now (everything stored).
   */
  private fullStateInParts(): Promise<Uint8Array> {
    if (this.cachedFullStateParts) return this.cachedFullStateParts;
    const parts = encodeStateInParts(this.parts.doc, LIMITS.initialStatePartStructs);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, parts.length);
    for (const part of parts) encoding.writeVarUint8Array(encoder, part);
    const payload = encoding.toUint8Array(encoder);
    this.cachedFullStateParts = gzipAsync(payload).then(
      (zipped) => encodeSyncStateV2(zipped, SYNC_V2_PARTS_MESSAGE),
      // zlib failed (it should not): the same board in one piece, uncompressed.
      () => encodeSyncStateV2(Y.mergeUpdatesV2(parts)),
    );
    return this.cachedFullStateParts;
  }
}
