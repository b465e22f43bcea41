import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { SlowSockets } from './backpressure.js';
import type { Connection, RoomSocket } from './connection.js';
import type { PresenceBroadcast } from './presence-broadcast.js';
import { encodeUpdate } from './protocol.js';
import type { RoomObserver } from './types.js';

/**
 * How a room reaches the same room on other server instances (Redis, see
 * server/src/cluster). Absent when one instance serves everything.
 */
export interface RoomFanout {
  /** A document update this instance has stored (SYNC-1 holds: stored, then published). */
  publishUpdate(update: Uint8Array): void;
  /** Presence changes from this instance's own connections (never ones that came from another instance). */
  publishAwareness(update: Uint8Array): void;
}

export interface RoomBroadcastParts {
  connections: ReadonlySet<Connection>;
  awareness: awarenessProtocol.Awareness;
  presence: PresenceBroadcast;
  slow: SlowSockets;
  observer?: RoomObserver;
  fanout?: RoomFanout;
}

/**
 * How a room's messages reach its connections: one encoded buffer for
 * everybody, presence without echo (SYNC-7), sockets behind skipped and kept
 * for their catch-up (SYNC-8), an edit and its presence in one write.
 * What to send and when is the room's; this only sends it.
 */
export class RoomBroadcast {
  /** Presence changed by this instance's own connections, not yet relayed: published to other instances. */
  readonly pendingOwnPresence = new Set<number>();

  constructor(private readonly parts: RoomBroadcastParts) {}

  /**
   * A stored document update to every connection as one buffer. A socket
   * behind keeps the update (not a copy) for its catch-up instead.
   */
  update(update: Uint8Array): void {
    const { connections, slow, observer } = this.parts;
    const message = encodeUpdate(update);
    let sent = 0;
    for (const connection of connections) {
      if (slow.canSend(connection)) {
        connection.socket.send(message);
        sent++;
      } else if (connection.behindSince !== 0) {
        slow.keep(connection, update);
      }
    }
    observer?.messagesOut?.(sent, message.length);
  }

  /**
   * The update, then the presence due, to each socket in one write: a send is
   * mostly the system call, so presence riding along with an edit costs
   * almost nothing (and the room's presence window does not hold it back).
   */
  updateWithPresence(update: Uint8Array): void {
    const corked: RoomSocket[] = [];
    for (const connection of this.parts.connections) {
      if (!connection.socket.cork) continue;
      connection.socket.cork();
      corked.push(connection.socket);
    }
    try {
      this.update(update);
      this.presence(true);
    } finally {
      for (const socket of corked) socket.uncork?.();
    }
  }

  /** The presence states due now (see presence-broadcast.ts), never echoed to their sender. */
  presence(ridingAlong = false): void {
    const { connections, awareness, presence, slow, observer, fanout } = this.parts;
    const due = presence.takeDue(performance.now(), connections.size, ridingAlong);
    if (!due) return;
    const superseded = presence.takeSuperseded();
    if (superseded > 0) observer?.presenceDropped?.(superseded);
    if (this.pendingOwnPresence.size > 0) {
      const own = due.filter((id) => this.pendingOwnPresence.delete(id));
      if (own.length > 0) {
        fanout?.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, own));
      }
    }
    const messages = presence.encode(due);
    let sent = 0;
    for (const connection of connections) {
      const message = messages.forSender.get(connection);
      // A socket behind gets everybody's latest presence with its catch-up.
      if (message === null || !slow.canSend(connection)) continue;
      connection.socket.send(message ?? messages.forEveryone);
      sent++;
    }
    observer?.messagesOut?.(sent, messages.forEveryone.length);
  }

  /** A socket that was behind drained: what it missed as one update, then everybody's presence. */
  catchUp(connection: Connection, missed: Uint8Array[]): void {
    if (missed.length > 0) {
      connection.socket.send(
        encodeUpdate(missed.length === 1 ? missed[0]! : Y.mergeUpdates(missed)),
      );
    }
    const presence = this.parts.presence.encodeEverything();
    const message = presence.forSender.get(connection);
    if (presence.ids.length > 0 && message !== null) {
      connection.socket.send(message ?? presence.forEveryone);
    }
  }
}
