import { CLOSE_CODES, type RoomName } from '@moteplass/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type AppendBatcher, appendBatcherFor } from './append-batcher.js';
import { assertOwnPresence } from './awareness-ownership.js';
import type { SlowSockets } from './backpressure.js';
import { compactAlone, compactWithOtherInstances } from './compaction.js';
import type { Connection } from './connection.js';
import { FlushWaiters } from './flush-waiters.js';
import type { PresenceBroadcast } from './presence-broadcast.js';
import { ProtocolError, decodeMessage } from './protocol.js';
import type { RoomBroadcast } from './room-broadcast.js';
import {
  FROM_ANOTHER_INSTANCE,
  FROM_STORAGE,
  RoomClosedError,
  SERVER_ORIGIN,
  type RoomSetup,
} from './room-options.js';
import { wireRoomParts } from './room-parts.js';
import { applyStoredDocument } from './stored-document.js';
import type { SyncReplies } from './sync-replies.js';
import { type TurnTask, roomTurns } from './turns.js';
import { applyClientUpdate } from './update-gate.js';

export { RoomClosedError, SERVER_ORIGIN } from './room-options.js';
export type { RoomFanout } from './room-broadcast.js';

export interface RoomOptions extends RoomSetup {
  /** Called whenever the last connection leaves and nothing pins the room. */
  onIdle?: (room: Room) => void;
}

/**
 * One Yjs document shared by the connections of one workshop room.
 *
 * Invariant "stored before relayed" (docs/invariants.md, SYNC-1): every
 * change is appended to storage before any connection is sent it, and
 * a joiner's initial state never includes changes not yet stored.
 *
 * Broadcast is coalesced per event-loop turn: the document updates received
 * in one turn are merged, stored in one append and sent to every connection
 * as one encoded buffer; awareness changes are encoded once per turn.
 */
export class Room implements TurnTask {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();

  private pendingUpdates: Uint8Array[] = [];
  /** Updates another instance stored: relayed to our connections, neither stored nor published. */
  private pendingRemoteUpdates: Uint8Array[] = [];
  private readonly presence: PresenceBroadcast;
  private readonly slow: SlowSockets;
  private readonly broadcast: RoomBroadcast;
  private readonly syncReplies: SyncReplies;
  /** An append of this room is in flight (or a compaction after it): the next waits, in order. */
  private storing = false;
  private readonly flushWaiters = new FlushWaiters();
  private lastSeq = 0;
  private appendsSinceSnapshot = 0;
  private pins = 0;
  private closed = false;
  private destroyed = false;
  private readonly appends: AppendBatcher;

  private constructor(private readonly options: RoomOptions) {
    this.appends = options.appendBatcher ?? appendBatcherFor(options.storage);
    const parts = wireRoomParts({
      doc: this.doc,
      awareness: this.awareness,
      connections: this.connections,
      options,
      scheduleTurn: () => this.scheduleTurn(),
      disconnect: (connection, code, reason) => this.disconnect(connection, code, reason),
      allStored: () => this.allStored(),
    });
    this.presence = parts.presence;
    this.slow = parts.slow;
    this.broadcast = parts.broadcast;
    this.syncReplies = parts.syncReplies;
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.syncReplies.documentChanged();
      if (origin === FROM_STORAGE) return;
      if (origin === FROM_ANOTHER_INSTANCE) this.pendingRemoteUpdates.push(update);
      else this.pendingUpdates.push(update);
      this.scheduleTurn();
    });
    this.awareness.on('update', this.onAwarenessChange);
    options.policy.attach?.(this.doc);
  }

  static async load(options: RoomOptions): Promise<Room> {
    const room = new Room(options);
    const stored = await options.storage.documents.load(options.workshopId, options.name);
    applyStoredDocument(room.doc, stored, FROM_STORAGE, options);
    room.lastSeq = stored.lastSeq;
    room.appendsSinceSnapshot = stored.updates.length;
    const migrate = options.policy.migrateOnLoad?.(room.doc);
    if (migrate) await room.change(migrate);
    if (room.appendsSinceSnapshot >= room.compactAfter) await room.compact();
    return room;
  }

  get workshopId(): string {
    return this.options.workshopId;
  }

  get name(): RoomName {
    return this.options.name;
  }

  /** Closed rooms (shutdown, deletion, storage failure) serve nobody and store nothing. */
  get isClosed(): boolean {
    return this.closed;
  }

  get isIdle(): boolean {
    return this.connections.size === 0 && this.pins === 0;
  }

  private get compactAfter(): number {
    return this.options.compactAfterUpdates ?? 500;
  }

  /** Keep the room loaded without a connection (e.g. while another room depends on it). */
  pin(): void {
    this.pins++;
  }

  unpin(): void {
    this.pins = Math.max(0, this.pins - 1);
    if (this.isIdle) this.options.onIdle?.(this);
  }

  join(connection: Connection): void {
    this.connections.add(connection);
    this.syncReplies.greet(connection);
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.forget(connection);
    this.slow.forget(connection);
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(
        this.awareness,
        [...connection.awarenessClients],
        connection,
      );
    }
    if (this.isIdle) this.options.onIdle?.(this);
  }

  /** Handle one frame from a connection. A malformed frame closes only that connection. */
  receive(connection: Connection, frame: Uint8Array): void {
    // Frames queued before a connection was closed (rate limit, bad frame, slow
    // socket) can still be handed over; they must not reach the document.
    if (!this.connections.has(connection)) return;
    this.options.observer?.messageIn?.(frame.length);
    if (!connection.takeMessageToken()) {
      this.options.observer?.updateDropped?.('rate-limited');
      this.disconnect(connection, CLOSE_CODES.RATE_LIMITED, 'too many messages');
      return;
    }
    try {
      this.handle(connection, frame);
    } catch (error) {
      const reason = error instanceof ProtocolError ? error.message : 'malformed update';
      this.options.logger.warn(
        { workshopId: this.workshopId, room: this.name, reason },
        'closing connection after a bad frame',
      );
      this.disconnect(connection, CLOSE_CODES.PROTOCOL_ERROR, reason);
    }
  }

  private handle(connection: Connection, frame: Uint8Array): void {
    const message = decodeMessage(frame);
    switch (message.kind) {
      case 'syncStep1':
        return void this.syncReplies.answerSyncStep1(connection, message.stateVector);
      case 'syncStep2':
      case 'update':
        return applyClientUpdate(this.doc, this.options, connection, message.update);
      case 'awareness':
        return this.receiveAwareness(connection, message.update);
      case 'queryAwareness':
        return connection.socket.send(this.syncReplies.allPresence());
      case 'auth':
        return;
    }
  }

  /**
   * A document update that another instance stored and published. Applied and
   * relayed to this instance's connections; not stored again, not published again.
   * Yjs ignores what the document already has, so a duplicate is harmless.
   */
  applyFromAnotherInstance(update: Uint8Array): void {
    if (this.closed) return;
    Y.applyUpdate(this.doc, update, FROM_ANOTHER_INSTANCE);
  }

  /** Presence from another instance's connections; relayed here, not published again. */
  applyAwarenessFromAnotherInstance(update: Uint8Array): void {
    if (this.closed) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, FROM_ANOTHER_INSTANCE);
  }

  private receiveAwareness(connection: Connection, update: Uint8Array): void {
    // PRES-2: nobody has presence on the control room; the stock client's empty state is ignored.
    if (!assertOwnPresence(this.awareness, connection, this.connections, update, this.name)) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  private readonly onAwarenessChange = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const connection = this.findConnection(origin);
    if (connection) this.presence.claim(connection, change);
    const own = origin !== FROM_ANOTHER_INSTANCE && this.options.fanout !== undefined;
    for (const ids of [change.added, change.updated, change.removed]) {
      for (const id of ids) {
        this.presence.changed(id);
        if (own) this.broadcast.pendingOwnPresence.add(id);
      }
    }
    this.scheduleTurn();
  };

  private findConnection(origin: unknown): Connection | undefined {
    return this.connections.has(origin as Connection) ? (origin as Connection) : undefined;
  }

  /** Resolves once nothing this room holds is unstored (a joiner may then see it all). */
  private async allStored(): Promise<void> {
    while (this.hasUnstoredChanges()) await this.flushed();
  }

  private hasUnstoredChanges(): boolean {
    return this.pendingUpdates.length > 0 || this.storing;
  }

  /**
   * Resolves once every change made so far is stored and relayed; rejects if
   * the room closed first (storage failure, deletion) and some were not stored.
   */
  flushed(): Promise<void> {
    if (!this.hasUnstoredChanges()) return Promise.resolve();
    if (this.closed && !this.storing) return Promise.reject(new RoomClosedError());
    return this.flushWaiters.wait();
  }

  /** Apply a server-side change (an action) and resolve once it is stored and relayed. */
  async change(mutate: (doc: Y.Doc) => void): Promise<void> {
    // A closed room's document is no longer observed: the change would be
    // neither stored nor relayed, so the caller must not be told it was.
    if (this.closed) throw new RoomClosedError();
    Y.transact(this.doc, () => mutate(this.doc), SERVER_ORIGIN);
    await this.flushed();
  }

  private scheduleTurn(): void {
    if (this.closed) return;
    // Everything that arrived in this turn of the event loop goes out together,
    // and nothing waits when the server is idle (see turns.ts).
    roomTurns.schedule(this);
  }

  /**
   * Called by the turn loop once per turn in which something arrived: relay
   * what other instances stored, and queue this turn's updates for storage.
   * The presence waits for `afterFlush`, behind every room's edits.
   */
  runTurn(): void {
    if (this.closed) return;
    if (this.slow.size > 0) this.slow.catchUpDrained(performance.now());
    this.relayRemoteUpdates();
    this.storePending();
  }

  /** After the turn's storage batch (and edits): presence due; a big room's a slice a turn (RELAY-2). */
  afterFlush(): void {
    if (!this.closed && this.broadcast.presence()) this.scheduleTurn();
  }

  private relayRemoteUpdates(): void {
    if (this.pendingRemoteUpdates.length === 0) return;
    const updates = this.pendingRemoteUpdates;
    this.pendingRemoteUpdates = [];
    this.broadcast.update(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
  }

  /** The updates that arrived, merged into one append (SYNC-1: relayed once stored, in `stored`). */
  private storePending(): void {
    if (this.storing || this.closed || this.pendingUpdates.length === 0) return;
    const updates = this.pendingUpdates;
    this.pendingUpdates = [];
    const merged = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    this.storing = true;
    this.appends.append(this.workshopId, this.name, [merged], (error, seq, seconds) => {
      this.options.observer?.storageAppend?.(seconds);
      if (error !== undefined) return this.failed('storage', error);
      try {
        this.stored(merged, seq);
      } catch (thrown) {
        // Stored, but relaying it failed (a socket, another instance's channel).
        // Told inside the turn of every room: one room's fault must not stop the others'.
        this.failed('relay', thrown);
      }
    });
  }

  /** Durable: now other instances and our connections may see it, with the presence due riding along. */
  private stored(merged: Uint8Array, seq: number): void {
    this.lastSeq = seq;
    this.options.fanout?.publishUpdate(merged);
    this.broadcast.updateWithPresence(merged);
    if (this.closed || ++this.appendsSinceSnapshot < this.compactAfter) return this.storeNext();
    this.compact().then(
      () => this.storeNext(),
      (error: unknown) => this.failed('storage', error),
    );
  }

  /** The append is done: the next one if more arrived meanwhile, else tell those who wait. */
  private storeNext(): void {
    this.storing = false;
    if (this.closed) {
      // Waiters (change(), shutdown) learn whether what they waited for was stored.
      this.flushWaiters.settle(this.pendingUpdates.length > 0 ? new RoomClosedError() : null);
    } else if (this.pendingUpdates.length > 0) {
      this.storePending();
    } else {
      this.flushWaiters.settle(null);
    }
  }

  /**
   * `storage`: the change is in memory but not stored, so nobody may see it.
   * `relay`: it is stored but could not be relayed. Either way the room
   * closes (1011); clients reconnect, resync from storage and resend their
   * own edits, and those who wait learn whether their change was stored.
   */
  private failed(what: 'storage' | 'relay', error: unknown): void {
    const stored = what === 'relay';
    this.options.logger.error(
      { workshopId: this.workshopId, room: this.name, err: error },
      stored
        ? 'relaying a stored change failed; closing the room'
        : 'storage append failed; closing the room',
    );
    this.close(1011, stored ? 'relay failed' : 'storage unavailable');
    this.storing = false;
    this.flushWaiters.settle(stored ? null : new RoomClosedError());
  }

  /** Fold the stored updates into one snapshot. */
  async compact(): Promise<void> {
    const { storage, fanout } = this.options;
    const compacted = fanout
      ? await compactWithOtherInstances(storage, this.workshopId, this.name, this.doc)
      : await compactAlone(storage, this.workshopId, this.name, this.doc, this.lastSeq);
    if (compacted) this.appendsSinceSnapshot = 0;
  }

  disconnect(connection: Connection, code: number, reason: string): void {
    this.options.observer?.connectionClosed?.(reason);
    this.leave(connection);
    connection.socket.close(code, reason);
  }

  /** Close every connection (shutdown, deletion, storage failure). The room is unusable afterwards. */
  close(code: number = CLOSE_CODES.GOING_AWAY, reason = 'server shutting down'): void {
    if (this.closed) return;
    this.closed = true;
    for (const connection of [...this.connections]) {
      this.connections.delete(connection);
      connection.socket.close(code, reason);
    }
    this.destroy();
  }

  /** Release memory; call after the last flush. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.closed = true;
    this.presence.dispose();
    this.slow.dispose();
    this.awareness.off('update', this.onAwarenessChange);
    this.awareness.destroy();
    this.doc.destroy();
    this.options.policy.dispose?.();
  }
}
