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
  /** See `PRESENCE_SLICE_CONNECTIONS`. */
  presenceSliceConnections?: number;
}

/**
 * A presence-only broadcast goes to at most this many connections per turn
 * (RELAY-2); a bigger room gets the rest in the following turns. A turn's
 * writes (≈ 10 µs each) cannot be interrupted, and an edit that arrives
 * meanwhile waits for the next turn: sliced, it waits for ≈ 2.5 ms of
 * presence rather than a hall's 1,000 writes (≈ 10 ms). Edits are never
 * sliced. A room of up to this many is sent in one turn, as before.
 */
export const PRESENCE_SLICE_CONNECTIONS = 256;

/** A sliced presence broadcast under way: who is still to get it. */
interface PresenceInFlight {
  messages: PresenceMessages;
  /** The room's connections when it started; those gone since are skipped. */
  recipients: Connection[];
  next: number;
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
  private inFlight: PresenceInFlight | null = null;
  private readonly sliceSize: number;

  constructor(private readonly parts: RoomBroadcastParts) {
    this.sliceSize = Math.max(1, parts.presenceSliceConnections ?? PRESENCE_SLICE_CONNECTIONS);
  }

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

  /**
   * The presence states due now (see presence-broadcast.ts), never echoed to
   * their sender; to a room bigger than a slice, one slice per turn (RELAY-2).
   * A broadcast under way is finished before the next is taken, so each
   * socket gets a room's presence broadcasts in order. Returns true while one
   * still has connections to reach: the room then needs another turn.
   */
  presence(): boolean {
    if (this.inFlight) {
      this.sendSlice(this.inFlight);
      if (this.inFlight) return true;
    }
    const messages = this.takePresence(false);
    if (!messages) return false;
    const { connections } = this.parts;
    if (connections.size <= this.sliceSize) {
      this.sendPresence(messages, connections, () => true);
      return false;
    }
    this.inFlight = { messages, recipients: [...connections], next: 0 };
    this.sendSlice(this.inFlight);
    return this.inFlight !== null;
  }

  private sendSlice(inFlight: PresenceInFlight): void {
    const { recipients } = inFlight;
    const end = Math.min(inFlight.next + this.sliceSize, recipients.length);
    const slice = recipients.slice(inFlight.next, end);
    inFlight.next = end;
    if (end >= recipients.length) this.inFlight = null;
    // Someone who left since the broadcast started is not written to.
    this.sendPresence(inFlight.messages, slice, (c) => this.parts.connections.has(c));
  }

  private sendPresence(
    messages: PresenceMessages,
    recipients: Iterable<Connection>,
    stillHere: (connection: Connection) => boolean,
  ): void {
    const { slow, observer } = this.parts;
    let sent = 0;
    for (const connection of recipients) {
      const message = presenceFor(connection, messages);
      // A socket behind gets everybody's latest presence with its catch-up.
      if (message === null || !stillHere(connection) || !slow.canSend(connection)) continue;
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
