import { CLOSE_CODES, LIMITS, type RoomName } from '@moteplass/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Storage } from '../storage/index.js';
import { type AppendBatcher, appendBatcherFor } from './append-batcher.js';
import { assertOwnPresence } from './awareness-ownership.js';
import { compactAlone, compactWithOtherInstances } from './compaction.js';
import type { Connection } from './connection.js';
import { ProtocolError, decodeMessage } from './protocol.js';
import { SlowSockets, type SlowSocketLimits } from './backpressure.js';
import { PresenceBroadcast, type PresenceLimits } from './presence-broadcast.js';
import { RoomBroadcast, type RoomFanout } from './room-broadcast.js';
import { applyStoredDocument } from './stored-document.js';
import { SyncReplies } from './sync-replies.js';
import { type TurnTask, roomTurns } from './turns.js';
import type { RoomLogger, RoomObserver, RoomPolicy } from './types.js';
import { applyClientUpdate } from './update-gate.js';

/** The room closed before the changes someone waited for were stored. */
export class RoomClosedError extends Error {
  override name = 'RoomClosedError';
  constructor() {
    super('room closed before its changes were stored');
  }
}

/** Origin of changes replayed from storage: they are not stored again. */
const FROM_STORAGE = Symbol('from-storage');
/** Origin of changes the server makes itself (actions). */
export const SERVER_ORIGIN = Symbol('server');
/** Origin of changes another instance stored and published: relayed here, not stored again. */
const FROM_ANOTHER_INSTANCE = Symbol('from-another-instance');

export type { RoomFanout } from './room-broadcast.js';

export interface RoomOptions {
  workshopId: string;
  name: RoomName;
  storage: Storage;
  policy: RoomPolicy;
  logger: RoomLogger;
  observer?: RoomObserver;
  /** Compact stored updates into a snapshot after this many appends. */
  compactAfterUpdates?: number;
  /** A socket with more than this many bytes queued is too slow and is closed. */
  maxBufferedBytes?: number;
  /** Backpressure thresholds; defaults from LIMITS (see backpressure.ts). */
  slowSocketLimits?: Partial<SlowSocketLimits>;
  /** Called whenever the last connection leaves and nothing pins the room. */
  onIdle?: (room: Room) => void;
  /** Other instances serving the same room; see `applyFromAnotherInstance`. */
  fanout?: RoomFanout;
  /** Groups appends across rooms; by default the one every room on `storage` shares. */
  appendBatcher?: AppendBatcher;
  /** How often presence is relayed; defaults from LIMITS. */
  presenceLimits?: PresenceLimits;
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
  private flushWaiters: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private lastSeq = 0;
  private appendsSinceSnapshot = 0;
  private pins = 0;
  private closed = false;
  private destroyed = false;
  private readonly appends: AppendBatcher;

  private constructor(private readonly options: RoomOptions) {
    this.appends = options.appendBatcher ?? appendBatcherFor(options.storage);
    this.presence = new PresenceBroadcast(
      this.awareness,
      options.presenceLimits ?? {
        statesPerSecond: LIMITS.presenceStatesPerSecond,
        sendsPerSecond: LIMITS.presenceSendsPerRoomPerSecond,
      },
      () => this.scheduleTurn(),
    );
    this.slow = new SlowSockets(
      {
        highWaterBytes: LIMITS.slowSocketHighWaterBytes,
        lowWaterBytes: LIMITS.slowSocketLowWaterBytes,
        maxBufferedBytes: options.maxBufferedBytes ?? LIMITS.slowSocketMaxBufferedBytes,
        maxBehindMs: LIMITS.slowSocketMaxBehindMs,
        maxMissedBytes: LIMITS.slowSocketMaxMissedBytes,
        ...options.slowSocketLimits,
      },
      {
        drop: (connection, reason) => this.disconnect(connection, 1013, reason),
        catchUp: (connection, missed) => this.broadcast.catchUp(connection, missed),
        wake: () => this.scheduleTurn(),
        observe: (event) => this.options.observer?.slowSocket?.(event),
      },
    );
    this.broadcast = new RoomBroadcast({
      connections: this.connections,
      awareness: this.awareness,
      presence: this.presence,
      slow: this.slow,
      observer: options.observer,
      fanout: options.fanout,
    });
    this.syncReplies = new SyncReplies({
      doc: this.doc,
      awareness: this.awareness,
      // Never show a joiner a change that is not stored yet.
      allStored: () => this.allStored(),
      isMember: (connection) => this.connections.has(connection),
      reply: (connection, message) => {
        // A direct reply; a socket past the hard limit is dropped instead (its client resyncs on reconnect).
        if (this.slow.canReply(connection)) connection.socket.send(message);
      },
      reject: (connection, reason) =>
        this.disconnect(connection, CLOSE_CODES.PROTOCOL_ERROR, reason),
    });
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
    const stored = await options.storage.loadDocument(options.workshopId, options.name);
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
        void this.syncReplies.answerSyncStep1(connection, message.stateVector);
        return;
      case 'syncStep2':
      case 'update':
        applyClientUpdate(this.doc, this.options, connection, message.update);
        return;
      case 'awareness':
        this.receiveAwareness(connection, message.update);
        return;
      case 'queryAwareness':
        connection.socket.send(this.syncReplies.allPresence());
        return;
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
    if (connection) {
      for (const id of change.added) {
        connection.awarenessClients.add(id);
        this.presence.owners.set(id, connection);
      }
      for (const id of change.removed) {
        connection.awarenessClients.delete(id);
        if (this.presence.owners.get(id) === connection) this.presence.owners.delete(id);
      }
    }
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
    return new Promise((resolve, reject) => this.flushWaiters.push({ resolve, reject }));
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

  /** After the turn's storage batch (and, on synchronous storage, its edits): presence still due. */
  afterFlush(): void {
    if (!this.closed) this.broadcast.presence();
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
      if (error !== undefined) return this.storageFailed(error);
      try {
        this.stored(merged, seq);
      } catch (thrown) {
        // Stored, but relaying it failed (a socket, another instance's channel).
        // Told inside the turn of every room: one room's fault must not stop the others'.
        this.relayFailed(thrown);
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
      (error: unknown) => this.storageFailed(error),
    );
  }

  /** The append is done: the next one if more arrived meanwhile, else tell those who wait. */
  private storeNext(): void {
    this.storing = false;
    if (this.closed) {
      // Waiters (change(), shutdown) learn whether what they waited for was stored.
      this.settleFlushWaiters(this.pendingUpdates.length > 0 ? new RoomClosedError() : null);
    } else if (this.pendingUpdates.length > 0) {
      this.storePending();
    } else {
      this.settleFlushWaiters(null);
    }
  }

  /**
   * The change is in memory but not stored: nobody may see it. Drop every
   * connection; clients keep their edits and resend them on reconnect.
   */
  private storageFailed(error: unknown): void {
    this.options.logger.error(
      { workshopId: this.workshopId, room: this.name, err: error },
      'storage append failed; closing the room',
    );
    this.close(1011, 'storage unavailable');
    this.storing = false;
    this.settleFlushWaiters(new RoomClosedError());
  }

  /**
   * The change is stored but could not be relayed: close the room (its
   * clients reconnect and resync from storage, so nothing is lost) and tell
   * those who wait that it was stored.
   */
  private relayFailed(error: unknown): void {
    this.options.logger.error(
      { workshopId: this.workshopId, room: this.name, err: error },
      'relaying a stored change failed; closing the room',
    );
    this.close(1011, 'relay failed');
    this.storing = false;
    this.settleFlushWaiters(null);
  }

  private settleFlushWaiters(error: Error | null): void {
    const waiters = this.flushWaiters;
    this.flushWaiters = [];
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
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
