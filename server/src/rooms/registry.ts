import type { RoomName } from '@moteplass/shared';
import type { Storage } from '../storage/index.js';
import type { Peer } from './connection.js';
import { Room } from './room.js';
import type { RoomLogger, RoomObserver, RoomPolicy } from './types.js';

export interface RoomRegistryOptions {
  storage: Storage;
  logger: RoomLogger;
  observer?: RoomObserver;
  /** How long an empty room stays loaded, in ms (a reconnecting client finds it warm). */
  idleUnloadMs?: number;
  compactAfterUpdates?: number;
  maxBufferedBytes?: number;
  /** Builds the rule for whose updates a room accepts; may load other rooms it depends on. */
  createPolicy: (workshopId: string, name: RoomName, registry: RoomRegistry) => Promise<RoomPolicy>;
}

const keyOf = (workshopId: string, name: RoomName) => `${workshopId}/${name}`;

/**
 * The loaded rooms. A room is loaded once however many clients ask for it at
 * the same moment, and unloaded (flushed, compacted, freed) some time after
 * it becomes idle.
 */
export class RoomRegistry {
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();

  constructor(private readonly options: RoomRegistryOptions) {}

  /** The number of rooms loaded or loading. */
  get size(): number {
    return this.loading.size;
  }

  async get(workshopId: string, name: RoomName): Promise<Room> {
    const key = keyOf(workshopId, name);
    await this.unloading.get(key);
    let room = this.loading.get(key);
    if (!room) {
      room = this.load(workshopId, name);
      this.loading.set(key, room);
      room.catch(() => this.loading.delete(key));
    }
    const loaded = await room;
    if (loaded.isClosed) {
      // It closed itself after a storage failure; its clients are reconnecting
      // and must get a room that works, loaded afresh from what is stored.
      if (this.loading.get(key) === room) this.loading.delete(key);
      this.cancelUnload(loaded);
      return this.get(workshopId, name);
    }
    // A room fetched for a server-side change (no connection) unloads when idle too;
    // a connection that joins right after makes it busy, and the timer then does nothing.
    if (loaded.isIdle) this.scheduleUnload(loaded);
    else this.cancelUnload(loaded);
    return loaded;
  }

  /** The room if it is loaded, without loading it. */
  peek(workshopId: string, name: RoomName): Promise<Room> | undefined {
    return this.loading.get(keyOf(workshopId, name));
  }

  private async load(workshopId: string, name: RoomName): Promise<Room> {
    const policy = await this.options.createPolicy(workshopId, name, this);
    try {
      return await Room.load({
        workshopId,
        name,
        policy,
        storage: this.options.storage,
        logger: this.options.logger,
        observer: this.options.observer,
        compactAfterUpdates: this.options.compactAfterUpdates,
        maxBufferedBytes: this.options.maxBufferedBytes,
        onIdle: (room) => this.scheduleUnload(room),
      });
    } catch (error) {
      policy.dispose?.();
      throw error;
    }
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room);
    // A closed room is already out of the registry; its key may belong to a fresh one.
    if (room.isClosed) return;
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room);
      if (room.isIdle) void this.unload(room);
    }, this.options.idleUnloadMs ?? 30_000);
    timer.unref();
    this.unloadTimers.set(room, timer);
  }

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
  }

  private unload(room: Room): Promise<void> {
    const key = keyOf(room.workshopId, room.name);
    const done = (async () => {
      this.loading.delete(key);
      try {
        await room.flushed();
        await room.compact();
      } catch (error) {
        this.options.logger.error(
          { workshopId: room.workshopId, room: room.name, err: error },
          'compaction on unload failed; the updates stay stored',
        );
      } finally {
        room.destroy();
        this.unloading.delete(key);
      }
    })();
    this.unloading.set(key, done);
    return done;
  }

  /**
   * Close the rooms of one workshop without storing what is pending (it is
   * being deleted, or a participant removed): sockets get `code`.
   */
  async closeWorkshop(workshopId: string, code: number, reason: string): Promise<void> {
    for (const name of ['board', 'control'] as const) {
      const key = keyOf(workshopId, name);
      // An unload under way may still write a snapshot: let it finish first.
      await this.unloading.get(key);
      const room = this.loading.get(key);
      if (!room) continue;
      this.loading.delete(key);
      const loaded = await room.catch(() => undefined);
      if (!loaded) continue;
      this.cancelUnload(loaded);
      loaded.close(code, reason);
      // An append already under way cannot be called back; wait for it, so a
      // caller that deletes the workshop next deletes after the last write.
      await loaded.flushed().catch(() => undefined);
    }
  }

  /**
   * Close one participant's sockets in the workshop's loaded rooms (they were
   * removed): each gets `code`, and the rooms go on for everybody else.
   * Returns how many sockets were closed.
   */
  async closeParticipant(
    workshopId: string,
    participantId: string,
    code: number,
    reason: string,
  ): Promise<number> {
    let closed = 0;
    for (const name of ['board', 'control'] as const) {
      const room = await this.loading.get(keyOf(workshopId, name))?.catch(() => undefined);
      if (!room || room.isClosed) continue;
      for (const connection of [...room.connections]) {
        if (connection.peer.participantId !== participantId) continue;
        room.disconnect(connection, code, reason);
        closed += 1;
      }
    }
    return closed;
  }

  /** The people connected to one of a workshop's rooms right now (none if it is not loaded). */
  async connectedPeers(workshopId: string, name: RoomName): Promise<Peer[]> {
    const room = await this.loading.get(keyOf(workshopId, name))?.catch(() => undefined);
    if (!room || room.isClosed) return [];
    return [...room.connections].map((connection) => connection.peer);
  }

  /** Shutdown: store everything pending, then close every socket. */
  async closeAll(code: number, reason: string): Promise<void> {
    const rooms = await Promise.all(
      [...this.loading.values()].map((room) => room.catch(() => undefined)),
    );
    this.loading.clear();
    for (const room of rooms) {
      if (!room) continue;
      this.cancelUnload(room);
      // A room whose storage failed has already closed itself (1011) and logged why.
      await room.flushed().catch(() => undefined);
      room.close(code, reason);
    }
    await Promise.all(this.unloading.values());
  }
}
