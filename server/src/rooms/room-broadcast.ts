import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { SlowSockets } from './backpressure.js';
import type { Connection } from './connection.js';
import type { PresenceBroadcast, PresenceMessages } from './presence-broadcast.js';
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
    this.send(update, null);
  }

  /**
   * The update, then the presence due, to each socket in one write: a send is
   * mostly the system call, so presence riding along with an edit costs
   * almost nothing (and the room's presence window does not hold it back).
   */
  updateWithPresence(update: Uint8Array): void {
    this.send(update, this.takePresence(true));
  }

  /** The presence states due now (see presence-broadcast.ts), never echoed to their sender. */
  presence(): void {
    const messages = this.takePresence(false);
    if (!messages) return;
    const { connections, slow, observer } = this.parts;
    let sent = 0;
    for (const connection of connections) {
      const message = presenceFor(connection, messages);
      // A socket behind gets everybody's latest presence with its catch-up.
      if (message === null || !slow.canSend(connection)) continue;
      connection.socket.send(message);
      sent++;
    }
    observer?.messagesOut?.(sent, messages.forEveryone.length);
  }

  /**
   * One pass over the connections: the update, and the presence riding along
   * corked into the same write of that one socket. Each socket is written as
   * soon as its turn comes, not after every other socket's sends are ready.
   */
  private send(update: Uint8Array, presence: PresenceMessages | null): void {
    const { connections, slow, observer } = this.parts;
    const message = encodeUpdate(update);
    let sent = 0;
    let presenceSent = 0;
    for (const connection of connections) {
      if (!slow.canSend(connection)) {
        if (connection.behindSince !== 0) slow.keep(connection, update);
        continue;
      }
      const { socket } = connection;
      const riding = presence ? presenceFor(connection, presence) : null;
      if (riding === null) {
        socket.send(message);
      } else if (socket.sendTogether) {
        socket.sendTogether(message, riding);
        presenceSent++;
      } else {
        socket.cork?.();
        socket.send(message);
        socket.send(riding);
        socket.uncork?.();
        presenceSent++;
      }
      sent++;
    }
    observer?.messagesOut?.(sent, message.length);
    if (presence) observer?.messagesOut?.(presenceSent, presence.forEveryone.length);
  }

  /** Takes the presence due (published to other instances if it is our own) and encodes it once. */
  private takePresence(ridingAlong: boolean): PresenceMessages | null {
    const { connections, awareness, presence, observer, fanout } = this.parts;
    const due = presence.takeDue(performance.now(), connections.size, ridingAlong);
    if (!due) return null;
    const superseded = presence.takeSuperseded();
    if (superseded > 0) observer?.presenceDropped?.(superseded);
    if (this.pendingOwnPresence.size > 0) {
      const own = due.filter((id) => this.pendingOwnPresence.delete(id));
      if (own.length > 0) {
        fanout?.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, own));
      }
    }
    return presence.encode(due);
  }

  /** A socket that was behind drained: what it missed as one update, then everybody's presence. */
  catchUp(connection: Connection, missed: Uint8Array[]): void {
    if (missed.length > 0) {
      connection.socket.send(
        encodeUpdate(missed.length === 1 ? missed[0]! : Y.mergeUpdates(missed)),
      );
    }
    const presence = this.parts.presence.encodeEverything();
    const message = presenceFor(connection, presence);
    if (presence.ids.length > 0 && message !== null) connection.socket.send(message);
  }
}

/** What `connection` is sent of `messages`: its own variant, everybody's, or null (nothing left for it). */
function presenceFor(connection: Connection, messages: PresenceMessages): Uint8Array | null {
  const own = messages.forSender.get(connection);
  return own === undefined ? messages.forEveryone : own;
}
