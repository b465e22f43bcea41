import {
  EMPTY_PRESENCE,
  PRESENCE_KEY,
  CONTROL_ROOT,
  countPresence,
  readPresence,
  samePresence,
  type Presence,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import type { WorkshopCluster } from '../cluster/types.js';
import type { RoomLogger, RoomRegistry } from '../rooms/index.js';

/** Joins and leaves within this window are counted together: 200 people arriving write once or twice. */
const SETTLE_MS = 250;

/**
 * Keeps the public counts by role (`presence` in the control document) in
 * step with who has the board open — on every instance. The transport tells
 * it when a board socket joins or leaves here; other instances' news comes
 * through the cluster. It recounts a moment later and writes only when the
 * counts changed.
 *
 * With several instances, this instance's people are written to the cluster
 * (renewed by its heartbeat, so a killed instance's people stop counting),
 * the others are told to recount, and the count and the write happen under
 * the control room's lock, so an older count never overwrites a newer one.
 *
 * It never loads a room: if the control room is not loaded (the workshop was
 * deleted, the server is shutting down) there is nothing to update, and a
 * write then would bring a deleted workshop's document back (PRIV-1).
 */
export class PresenceTracker {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** Workshops whose people on this instance changed since they were last written to the cluster. */
  private readonly changedHere = new Set<string>();
  private disposed = false;

  constructor(
    private readonly rooms: RoomRegistry,
    private readonly logger: RoomLogger,
    private readonly settleMs = SETTLE_MS,
    private readonly cluster?: WorkshopCluster,
  ) {}

  /**
   * Somebody connected to or left the workshop's board — here (`elsewhere`
   * false), or on another instance, or an entry of one expired.
   */
  changed(workshopId: string, { elsewhere = false } = {}): void {
    // Sockets closing on shutdown are not news.
    if (this.disposed) return;
    if (!elsewhere) this.changedHere.add(workshopId);
    if (this.pending.has(workshopId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(workshopId);
      void this.recount(workshopId);
    }, this.settleMs);
    timer.unref();
    this.pending.set(workshopId, timer);
  }

  /** Count now and write the counts if they changed. Resolves once stored. */
  async recount(workshopId: string): Promise<void> {
    if (this.changedHere.delete(workshopId)) await this.tellOtherInstances(workshopId);
    const control = await this.rooms.peek(workshopId, 'control')?.catch(() => undefined);
    if (!control || control.isClosed) return;
    try {
      // Cheap check first; the lock and a re-read only when something changed.
      if (samePresence(readCounts(control.doc), await this.count(workshopId))) return;
      await this.rooms.exclusively(workshopId, 'control', async (room) => {
        if (room !== control) return; // unloaded meanwhile (deleted?): nothing to update
        const counts = await this.count(workshopId);
        if (samePresence(readCounts(room.doc), counts)) return;
        await room.change((doc) => doc.getMap(CONTROL_ROOT).set(PRESENCE_KEY, counts));
      });
    } catch (error) {
      // The room closed under us (deleted, shutting down, storage down): the counts can wait.
      this.logger.warn({ workshopId, err: error }, 'could not update presence counts');
    }
  }

  private async count(workshopId: string): Promise<Presence> {
    const peers = await this.rooms.connectedPeers(workshopId, 'board');
    return peers.length > 0 ? countPresence(peers) : EMPTY_PRESENCE;
  }

  private async tellOtherInstances(workshopId: string): Promise<void> {
    if (!this.cluster) return;
    try {
      await this.cluster.publishPeers(workshopId, await this.rooms.localPeers(workshopId, 'board'));
      await this.cluster.announce({ type: 'presenceChanged', workshopId });
    } catch (error) {
      // The heartbeat writes the entry again once Redis is back.
      this.logger.error(
        { workshopId, err: error },
        'could not tell other instances who is connected here',
      );
    }
  }

  /** Forget pending recounts and ignore later changes (shutdown). */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

function readCounts(doc: Y.Doc): Presence {
  return readPresence(doc.getMap(CONTROL_ROOT).get(PRESENCE_KEY));
}
