import { CLOSE_CODES, LIMITS } from '@moteplass/shared';
import type * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { SlowSockets } from './backpressure.js';
import type { Connection } from './connection.js';
import { PresenceBroadcast, presenceLimits } from './presence-broadcast.js';
import { RoomBroadcast } from './room-broadcast.js';
import type { RoomSetup } from './room-options.js';
import { SyncReplies } from './sync-replies.js';

/** What a room lends the parts it is made of. */
export interface RoomPartsHost {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  connections: Set<Connection>;
  options: RoomSetup;
  /** Ask for a turn (something is due to be stored or sent). */
  scheduleTurn(): void;
  disconnect(connection: Connection, code: number, reason: string): void;
  /** Resolves once nothing the room holds is unstored. */
  allStored(): Promise<void>;
}

/**
 * Build the parts of a room — presence relay, slow sockets, broadcast, sync
 * replies — wired to each other and to the room, with their limits from
 * LIMITS unless the options say otherwise.
 */
export function wireRoomParts(host: RoomPartsHost) {
  const { doc, awareness, connections, options } = host;
  const presence = new PresenceBroadcast(
    awareness,
    options.presenceLimits ?? presenceLimits(),
    () => host.scheduleTurn(),
  );
  const slow: SlowSockets = new SlowSockets(
    {
      highWaterBytes: LIMITS.slowSocketHighWaterBytes,
      lowWaterBytes: LIMITS.slowSocketLowWaterBytes,
      maxBufferedBytes: options.maxBufferedBytes ?? LIMITS.slowSocketMaxBufferedBytes,
      maxBehindMs: LIMITS.slowSocketMaxBehindMs,
      maxMissedBytes: LIMITS.slowSocketMaxMissedBytes,
      ...options.slowSocketLimits,
    },
    {
      drop: (connection, reason) => host.disconnect(connection, 1013, reason),
      catchUp: (connection, missed) => broadcast.catchUp(connection, missed),
      wake: () => host.scheduleTurn(),
      observe: (event) => options.observer?.slowSocket?.(event),
    },
  );
  const broadcast = new RoomBroadcast({
    connections,
    awareness,
    presence,
    slow,
    observer: options.observer,
    fanout: options.fanout,
    presenceSliceConnections: options.presenceSliceConnections,
  });
  const syncReplies = new SyncReplies({
    doc,
    awareness,
    // Never show a joiner a change that is not stored yet.
    allStored: () => host.allStored(),
    isMember: (connection) => connections.has(connection),
    reply: (connection, message) => {
      // A direct reply; a socket past the hard limit is dropped instead (its client resyncs on reconnect).
      if (slow.canReply(connection)) connection.socket.send(message);
    },
    reject: (connection, reason) => host.disconnect(connection, CLOSE_CODES.PROTOCOL_ERROR, reason),
  });
  return { presence, slow, broadcast, syncReplies };
}
