import type { Role, SyncEncoding } from '@moteplass/shared';

/**
 * What the room core needs of a socket. The transport layer (ws) adapts its
 * sockets to this; tests use in-memory fakes.
 */
export interface RoomSocket {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written to the network. */
  readonly bufferedAmount: number;
  /**
   * Optional: hold writes until `uncork`, so that several messages to this
   * socket in one turn (an edit and the presence riding along) leave in one
   * system call. Calls nest.
   */
  cork?(): void;
  uncork?(): void;
  /**
   * Optional: `first` then `second` in one write (an edit and the presence
   * riding along). The transport can build that write once for every socket
   * that gets the same pair; without it the room corks around two sends.
   */
  sendTogether?(first: Uint8Array, second: Uint8Array): void;
}

/** Who is on the other end, as established by their session token. */
export interface Peer {
  workshopId: string;
  participantId: string;
  facilitator: boolean;
  role: Role | null;
}

/** One socket in one room. */
export class Connection {
  /** Awareness client ids this connection has announced; removed when it leaves. */
  readonly awarenessClients = new Set<number>();
  /**
   * Backpressure (see room.ts): when the socket fell behind (`performance.now()`),
   * 0 while it keeps up. While behind it is sent nothing; the stored updates it
   * missed wait here (shared buffers, not copies) for one coalesced catch-up.
   */
  behindSince = 0;
  missedUpdates: Uint8Array[] = [];
  missedBytes = 0;
  /** When this connection was last asked to resync (an update of it missed dependencies). */
  resyncRequestedAt = 0;
  /**
   * How its sync step 1 is answered (JOIN-2): `v2`/`v2gz`/`v2parts` when the
   * client asked for Yjs's V2 encoding (`?sync=v2`, gzipped: `?sync=v2gz`,
   * gzipped in parts: `?sync=v2parts`, JOIN-11), else y-websocket's V1 sync
   * step 2.
   */
  syncEncoding: SyncEncoding = 'v1';
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly socket: RoomSocket,
    readonly peer: Peer,
    private readonly messagesPerSecond: number,
  ) {
    this.tokens = messagesPerSecond * 2;
    this.refilledAt = Date.now();
  }

  /** Token bucket: a sustained rate with bursts up to twice that. */
  takeMessageToken(now = Date.now()): boolean {
    const refill = ((now - this.refilledAt) / 1000) * this.messagesPerSecond;
    this.tokens = Math.min(this.messagesPerSecond * 2, this.tokens + refill);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
