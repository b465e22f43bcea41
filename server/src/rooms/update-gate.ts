import { LIMITS } from '@moteplass/shared';
import * as Y from 'yjs';
import type { Connection } from './connection.js';
import { ProtocolError, encodeSyncStep1 } from './protocol.js';
import type { RoomObserver, RoomPolicy, UpdateVerdict } from './types.js';

const ACCEPT: UpdateVerdict = { kind: 'accept' };

/**
 * A client's document update, through the room's rules before it touches the
 * document (BOARD-1, BOARD-2): dropped when the rules of the moment say so
 * (a locked board, silent writing, missing dependencies, which asks the
 * sender to resync), refused with a ProtocolError (the room closes the
 * sender) when no honest client would send it, else applied. Nothing is ever
 * left in the document's pending store: if Yjs kept something pending anyway,
 * it is discarded and the sender closed.
 */
export function applyClientUpdate(
  doc: Y.Doc,
  { policy, observer }: { policy: RoomPolicy; observer?: RoomObserver | undefined },
  connection: Connection,
  update: Uint8Array,
): void {
  if (!policy.acceptsUpdatesFrom(connection)) {
    observer?.updateDropped?.('not-allowed');
    return;
  }
  const verdict = policy.checkUpdate?.(connection, update, doc) ?? ACCEPT;
  if (verdict.kind === 'refuse') {
    observer?.updateRefused?.();
    throw new ProtocolError(verdict.reason);
  }
  if (verdict.kind === 'drop') {
    observer?.updateDropped?.(verdict.reason);
    if (verdict.reason === 'missing-dependencies') requestResync(doc, connection);
    return;
  }
  Y.applyUpdate(doc, update, connection);
  if (discardPending(doc)) {
    observer?.updateDropped?.('missing-dependencies');
    throw new ProtocolError('update with missing dependencies');
  }
  verdict.commit?.();
}

/** BOARD-2: ask the sender of an update that missed dependencies (at most once a second) for what we lack. */
function requestResync(doc: Y.Doc, connection: Connection): void {
  const now = Date.now();
  if (now - connection.resyncRequestedAt < LIMITS.resyncRequestIntervalMs) return;
  connection.resyncRequestedAt = now;
  connection.socket.send(encodeSyncStep1(Y.encodeStateVector(doc)));
}

/**
 * Drop whatever waits in the document's pending store (structs or deletions
 * whose dependencies never arrived), so that it can never be integrated later
 * under other rules (BOARD-2). True if there was something.
 */
export function discardPending(doc: Y.Doc): boolean {
  const store = doc.store;
  if (store.pendingStructs === null && store.pendingDs === null) return false;
  store.pendingStructs = null;
  store.pendingDs = null;
  return true;
}
