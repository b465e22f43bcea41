import type { RoomName } from '@moteplass/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Storage } from '../storage/index.js';
import type { Peer } from './connection.js';
import type { Room, RoomFanout } from './room.js';
import type { RoomLogger } from './types.js';

/*
 * The cluster's side of the room core: what a room hears from and tells the
 * other instances serving the same workshops (server/src/cluster implements
 * it with Redis). With one instance none of this runs.
 */

/** What a room hears from the same room on other instances. */
export interface RemoteRoomListener {
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
  /** Messages may have been missed (the bus reconnected, a publish failed): re-read storage. */
  missedMessages(): void;
  /** Another instance just loaded the room and asks for everybody's presence. */
  awarenessQueried(): void;
}

/** One room's line to the other instances: publish on it, detach when the room unloads. */
export interface RoomLink extends RoomFanout {
  /** Ask the other instances for their connections' presence (answered with `publishAwareness`). */
  queryAwareness(): void;
  detach(): void;
}

/**
 * Other instances serving the same workshops (server/src/cluster, Redis).
 * Absent when one instance serves everything; then nothing here changes.
 */
export interface RoomCluster {
  /**
   * Start hearing a room's messages. Resolves once subscribed (or, when the
   * bus is down, at once: it subscribes on reconnect and then calls
   * `missedMessages`).
   */
  attach(workshopId: string, name: RoomName, listener: RemoteRoomListener): Promise<RoomLink>;
  /** People connected to the workshop's board on other instances. */
  peersElsewhere(workshopId: string): Promise<Peer[]>;
  /** Run `task` while no other instance runs one for the same key (a lock with a time limit). */
  exclusively<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * Apply what storage holds and this room has not heard of: after the bus
 * lost messages, and before a change that must see every other instance's.
 */
export async function catchUpFromStorage(
  room: Room,
  storage: Storage,
  logger: RoomLogger,
): Promise<void> {
  if (room.isClosed) return;
  try {
    const stored = await storage.documents.load(room.workshopId, room.name);
    if (room.isClosed) return;
    const parts = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    if (parts.length === 0) return;
    // Only what the room lacks, so its connections are sent just that.
    const missing = Y.diffUpdate(Y.mergeUpdates(parts), Y.encodeStateVector(room.doc));
    room.applyFromAnotherInstance(missing);
  } catch (error) {
    logger.error(
      { workshopId: room.workshopId, room: room.name, err: error },
      'could not re-read a room from storage; its clients catch up on their next sync',
    );
    throw error;
  }
}

/** Tell the other instances where this instance's people are (their own presence only, SYNC-5). */
export function answerAwarenessQuery(room: Room, link: RoomLink | undefined): void {
  if (!link || room.isClosed) return;
  const own = [...room.connections].flatMap((connection) => [...connection.awarenessClients]);
  if (own.length === 0) return;
  link.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(room.awareness, own));
}
