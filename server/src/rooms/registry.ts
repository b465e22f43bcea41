import type { RoomName } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { Storage } from '../storage/index.js';
import {
  answerAwarenessQuery,
  catchUpFromStorage,
  type RoomCluster,
  type RoomLink,
} from './cluster.js';
import type { Peer } from './connection.js';
import type { PresenceLimits } from './presence-broadcast.js';
import { Room } from './room.js';
import type { RoomLogger, RoomObserver, RoomPolicy } from './types.js';
import { WorkshopSockets, roomKey as keyOf } from './workshop-sockets.js';

export type { RemoteRoomListener, RoomCluster, RoomLink } from './cluster.js';

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
  /** Other instances serving the same workshops; see `RoomCluster`. */
  cluster?: RoomCluster;
  /** Called when the last loaded room has unloaded (see reclaim-memory.ts). */
  onEmpty?: () => void;
  /** How often rooms relay presence (crowd mode included); defaults from LIMITS. */
  presenceLimits?: PresenceLimits;
}

/**
 * The loaded rooms. A room is loaded once however many clients ask for it at
 * the same moment, and unloaded (flushed, compacted, freed) some time after
 * it becomes idle. With a cluster, each room is linked to the same room on
 * the other instances (cluster.ts); what concerns the sockets in the rooms
 * is `WorkshopSockets`.
 */
export class RoomRegistry extends WorkshopSockets {
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private readonly links = new Map<Room, RoomLink>();
  private peersErrorLoggedAt = 0;

  constructor(private readonly options: RoomRegistryOptions) {
    super();
  }

  /** The number of rooms loaded or loading. */
  get size(): number {
    return this.loading.size;
  }

  /** Nothing loaded, loading or unloading. */
  get isEmpty(): boolean {
    return this.loading.size === 0 && this.unloading.size === 0;
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
      this.detach(loaded);
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
    // Subscribe first, then load, then apply what arrived meanwhile: an update
    // another instance stored after our read is heard; one stored before it is
    // read (Yjs ignores whatever arrives twice).
    let room: Room | undefined;
    const waiting: ((room: Room) => void)[] = [];
    const deliver = (apply: (room: Room) => void) => (room ? apply(room) : waiting.push(apply));
    let link: RoomLink | undefined;
    try {
      link = await this.options.cluster?.attach(workshopId, name, {
        update: (update) => deliver((loaded) => loaded.applyFromAnotherInstance(update)),
        awareness: (update) =>
          deliver((loaded) => loaded.applyAwarenessFromAnotherInstance(update)),
        missedMessages: () => deliver((loaded) => void this.catchUp(loaded).catch(() => undefined)),
        awarenessQueried: () => deliver((loaded) => answerAwarenessQuery(loaded, link)),
      });
      room = await Room.load({
        workshopId,
        name,
        policy,
        storage: this.options.storage,
        logger: this.options.logger,
        observer: this.options.observer,
        compactAfterUpdates: this.options.compactAfterUpdates,
        maxBufferedBytes: this.options.maxBufferedBytes,
        onIdle: (idle) => this.scheduleUnload(idle),
        fanout: link,
        presenceLimits: this.options.presenceLimits,
      });
    } catch (error) {
      link?.detach();
      policy.dispose?.();
      throw error;
    }
    if (link) this.links.set(room, link);
    for (const apply of waiting.splice(0)) apply(room);
    // Cursors of people on other instances show at once, not at their next renewal (15 s).
    link?.queryAwareness();
    return room;
  }

  private catchUp(room: Room): Promise<void> {
    return catchUpFromStorage(room, this.options.storage, this.options.logger);
  }

  /** Every loaded room re-reads storage (another instance could not publish something it stored). */
  async catchUpAll(): Promise<void> {
    const rooms = await this.openRooms();
    await Promise.all(rooms.map((room) => this.catchUp(room).catch(() => {})));
  }

  /**
   * Run `task` on a room while no other instance changes the same room through
   * here: the room first takes in everything stored, so a read-then-write (the
   * speakers' list, airtime, presence counts) never overwrites another
   * instance's change it has not heard of yet. With one instance it just runs.
   */
  async exclusively<T>(
    workshopId: string,
    name: RoomName,
    task: (room: Room) => Promise<T>,
  ): Promise<T> {
    const cluster = this.options.cluster;
    if (!cluster) return task(await this.get(workshopId, name));
    return cluster.exclusively(`${workshopId}:${name}`, async () => {
      const room = await this.get(workshopId, name);
      room.pin();
      try {
        await this.catchUp(room);
        return await task(room);
      } finally {
        room.unpin();
      }
    });
  }

  /** Change a room the server writes (control) in one synchronous step; resolves once stored. */
  async change<T>(workshopId: string, name: RoomName, mutate: (doc: Y.Doc) => T): Promise<T> {
    return this.exclusively(workshopId, name, async (room) => {
      let result: T | undefined;
      await room.change((doc) => {
        result = mutate(doc);
      });
      return result as T;
    });
  }

  private detach(room: Room): void {
    this.links.get(room)?.detach();
    this.links.delete(room);
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
        this.detach(room);
        this.unloading.delete(key);
        if (this.isEmpty) this.options.onEmpty?.();
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
      this.detach(loaded);
      loaded.close(code, reason);
      // An append already under way cannot be called back; wait for it, so a
      // caller that deletes the workshop next deletes after the last write.
      await loaded.flushed().catch(() => undefined);
    }
  }

  /**
   * The people connected to one of a workshop's rooms right now, on every
   * instance for the board (presence counts, rounds, the participant list).
   * If the other instances cannot be asked, this instance's people, and an error in the log.
   */
  async connectedPeers(workshopId: string, name: RoomName): Promise<Peer[]> {
    const here = await this.localPeers(workshopId, name);
    const cluster = this.options.cluster;
    if (!cluster || name !== 'board') return here;
    try {
      return [...here, ...(await cluster.peersElsewhere(workshopId))];
    } catch (error) {
      // Once per half minute, not once per workshop and heartbeat while Redis is away.
      if (Date.now() - this.peersErrorLoggedAt > 30_000) {
        this.peersErrorLoggedAt = Date.now();
        this.options.logger.error(
          { err: error },
          'could not read who is connected on other instances; counting this instance only',
        );
      }
      return here;
    }
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
      this.detach(room);
    }
    await Promise.all(this.unloading.values());
  }
}
