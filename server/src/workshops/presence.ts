import {
  EMPTY_PRESENCE,
  PRESENCE_KEY,
  CONTROL_ROOT,
  countPresence,
  readPresence,
  samePresence,
} from '@moteplass/shared';
import type { RoomLogger, RoomRegistry } from '../rooms/index.js';

/** Joins and leaves within this window are counted together: 200 people arriving write once or twice. */
const SETTLE_MS = 250;

/**
 * Keeps the public counts by role (`presence` in the control document) in
 * step with who has the board open. The transport tells it when a board
 * socket joins or leaves; it recounts a moment later and writes only when the
 * counts changed.
 *
 * It never loads a room: if the control room is not loaded (the workshop was
 * deleted, the server is shutting down) there is nothing to update, and a
 * write then would bring a deleted workshop's document back (PRIV-1).
 */
export class PresenceTracker {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private disposed = false;

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly logger: RoomLogger,
    private readonly settleMs = SETTLE_MS,
  ) {}

  /** Somebody connected to or left the workshop's board. */
  changed(workshopId: string): void {
    // Sockets closing on shutdown are not news.
    if (this.disposed || this.pending.has(workshopId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(workshopId);
      void this.recount(workshopId);
    }, this.settleMs);
    timer.unref();
    this.pending.set(workshopId, timer);
  }

  /** Count now and write the counts if they changed. Resolves once stored. */
  async recount(workshopId: string): Promise<void> {
    const control = await this.rooms.peek(workshopId, 'control')?.catch(() => undefined);
    if (!control || control.isClosed) return;
    const peers = await this.rooms.connectedPeers(workshopId, 'board');
    const counts = peers.length > 0 ? countPresence(peers) : EMPTY_PRESENCE;
    const state = control.doc.getMap(CONTROL_ROOT);
    if (samePresence(readPresence(state.get(PRESENCE_KEY)), counts)) return;
    try {
      await control.change((doc) => doc.getMap(CONTROL_ROOT).set(PRESENCE_KEY, counts));
    } catch (error) {
      // The room closed under us (deleted, shutting down, storage down): the counts can wait.
      this.logger.warn({ workshopId, err: error }, 'could not update presence counts');
    }
  }

  /** Forget pending recounts and ignore later changes (shutdown). */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
