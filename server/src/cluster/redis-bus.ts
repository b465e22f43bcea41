import { randomBytes } from 'node:crypto';
import type { RoomName } from '@moteplass/shared';
import { Redis } from 'ioredis';
import type { Peer } from '../rooms/index.js';
import type { RemoteRoomListener, RoomCluster, RoomLink } from '../rooms/cluster.js';
import { decodeFrame, encodeFrame } from './frames.js';
import { RedisLock } from './lock.js';
import { PeerDirectory } from './peers.js';
import { parseClusterEvent } from './events.js';
import type { ClusterEvent, ClusterLogger, WorkshopCluster } from './types.js';

export interface RedisBusOptions {
  redisUrl: string;
  /** Tells this instance's messages from others'; random by default. */
  instanceId?: string;
  /** Prefix of every channel and key (tests use a unique one per run). */
  keyPrefix?: string;
  logger: ClusterLogger;
  /** How often this instance renews who is connected here (ms). */
  heartbeatMs?: number;
  /** How long another instance's entry counts without a renewal (ms): a killed instance's people leave after it. */
  peerTtlMs?: number;
}

/** Repeated connection errors are logged once per this many ms, not once per retry. */
const ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * Fan-out between server instances through Redis: one connection publishes
 * (and keeps presence entries and locks), one subscribes. Each room has a
 * channel `<prefix>room:<workshopId>:<name>` for document updates and
 * awareness; `<prefix>events` carries workshop events. Redis only relays:
 * every update was stored before it was published, so an instance that
 * missed messages (reconnect, failed publish) re-reads storage and converges.
 */
export class RedisBus implements RoomCluster, WorkshopCluster {
  readonly instanceId: string;
  private readonly prefix: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly rooms = new Map<string, Set<RemoteRoomListener>>();
  private readonly eventListeners = new Set<(event: ClusterEvent) => void>();
  private readonly heartbeatListeners = new Set<() => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private readonly peers: PeerDirectory;
  private readonly lock: RedisLock;
  private readonly heartbeat: NodeJS.Timeout;
  private subscriberWasReady = false;
  /** Something stored was not published: others must re-read storage once we are back. */
  private publishFailed = false;
  private lastErrorLog = new Map<string, number>();
  private closed = false;
  private readonly readyOnce: Promise<void>;
  private resolveReady: () => void = () => {};

  constructor(private readonly options: RedisBusOptions) {
    this.instanceId = options.instanceId ?? randomBytes(8).toString('hex');
    this.prefix = options.keyPrefix ?? 'moteplass:';
    const connection = {
      // Fail fast while Redis is away (the caller logs and carries on)
      // instead of queueing without bound; ioredis keeps reconnecting.
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt: number) => Math.min(100 * attempt, 2000),
      lazyConnect: false,
    };
    this.publisher = new Redis(options.redisUrl, {
      ...connection,
      connectionName: `moteplass-${this.instanceId}-pub`,
    });
    this.subscriber = new Redis(options.redisUrl, {
      ...connection,
      connectionName: `moteplass-${this.instanceId}-sub`,
    });
    this.peers = new PeerDirectory(this.publisher, {
      prefix: this.prefix,
      instanceId: this.instanceId,
      ttlMs: options.peerTtlMs ?? 30_000,
    });
    this.lock = new RedisLock(this.publisher, `${this.prefix}lock:`, options.logger);

    for (const [role, client] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      client.on('error', (error: Error) => this.logConnectionError(role, error));
      client.on('close', () => {
        if (!this.closed) this.logConnectionError(role, new Error('connection to Redis closed'));
      });
    }
    this.publisher.on('ready', () => void this.onPublisherReady());
    this.subscriber.on('ready', () => void this.onSubscriberReady());
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.onMessage(channel.toString('utf8'), message),
    );
    this.readyOnce = new Promise<void>((resolve) => (this.resolveReady = resolve));

    this.heartbeat = setInterval(() => void this.beat(), options.heartbeatMs ?? 10_000);
    this.heartbeat.unref();
  }

  /** Resolves once both connections are up and subscribed, or after `timeoutMs` (false then). */
  async ready(timeoutMs = 10_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const ok = await Promise.race([this.readyOnce.then(() => true), timeout]);
    clearTimeout(timer);
    return ok;
  }

  private get eventsChannel(): string {
    return `${this.prefix}events`;
  }

  private roomChannel(workshopId: string, name: RoomName): string {
    return `${this.prefix}room:${workshopId}:${name}`;
  }

  // — rooms —

  async attach(
    workshopId: string,
    name: RoomName,
    listener: RemoteRoomListener,
  ): Promise<RoomLink> {
    const channel = this.roomChannel(workshopId, name);
    let listeners = this.rooms.get(channel);
    const first = !listeners;
    if (!listeners) {
      listeners = new Set();
      this.rooms.set(channel, listeners);
    }
    listeners.add(listener);
    // While Redis is away the room loads anyway; the subscription is made on
    // reconnect, and the room then re-reads storage (missedMessages).
    if (first && this.subscriber.status === 'ready') {
      await this.subscriber.subscribe(channel).catch((error: Error) => {
        this.logConnectionError('subscriber', error);
      });
    }
    return {
      publishUpdate: (update) => this.publish(channel, 'update', update),
      publishAwareness: (update) => this.publish(channel, 'awareness', update),
      queryAwareness: () => this.publish(channel, 'awarenessQuery', new Uint8Array(0)),
      detach: () => this.detach(channel, listener),
    };
  }

  private detach(channel: string, listener: RemoteRoomListener): void {
    const listeners = this.rooms.get(channel);
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.rooms.delete(channel);
    if (this.subscriber.status === 'ready') {
      this.subscriber.unsubscribe(channel).catch(() => {
        // Gone with the connection anyway; not resubscribed, since it is no longer listed.
      });
    }
  }

  private publish(
    channel: string,
    kind: 'update' | 'awareness' | 'awarenessQuery',
    payload: Uint8Array,
  ): void {
    if (this.closed) return;
    const frame = encodeFrame(kind, this.instanceId, payload);
    this.publisher.publish(channel, frame).catch((error: Error) => {
      // Stored already (SYNC-1); other instances re-read storage when we are back.
      if (kind === 'update') this.publishFailed = true;
      this.logConnectionError('publisher', error, 'could not publish a stored update');
    });
  }

  // — workshop events and presence —

  async announce(event: ClusterEvent): Promise<void> {
    if (this.closed) return;
    const payload = Buffer.from(JSON.stringify(event), 'utf8');
    await this.publisher.publish(
      this.eventsChannel,
      encodeFrame('event', this.instanceId, payload),
    );
  }

  /** Hear other instances' workshop events. */
  onEvent(listener: (event: ClusterEvent) => void): void {
    this.eventListeners.add(listener);
  }

  /** Called after the subscription came back from a lost connection (news may have been missed). */
  onReconnected(listener: () => void): void {
    this.reconnectListeners.add(listener);
  }

  onHeartbeat(listener: () => void): void {
    this.heartbeatListeners.add(listener);
  }

  publishPeers(workshopId: string, peers: Peer[]): Promise<void> {
    return this.peers.publish(workshopId, peers);
  }

  peersElsewhere(workshopId: string): Promise<Peer[]> {
    return this.peers.elsewhere(workshopId);
  }

  exclusively<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.lock.exclusively(key, task);
  }

  private onMessage(channel: string, message: Buffer): void {
    const frame = decodeFrame(message);
    if (!frame || frame.instanceId === this.instanceId) return;
    if (frame.kind === 'event') {
      if (channel !== this.eventsChannel) return;
      const event = parseClusterEvent(frame.payload);
      if (!event) {
        this.options.logger.warn({ channel }, 'ignoring a malformed event from another instance');
        return;
      }
      for (const listener of this.eventListeners) listener(event);
      return;
    }
    const listeners = this.rooms.get(channel);
    if (!listeners) return;
    // A copy: Redis hands one buffer, and Yjs keeps references into what it applies.
    const payload = new Uint8Array(frame.payload);
    for (const listener of listeners) {
      if (frame.kind === 'update') listener.update(payload);
      else if (frame.kind === 'awareness') listener.awareness(payload);
      else listener.awarenessQueried();
    }
  }

  private async onSubscriberReady(): Promise<void> {
    const channels = [this.eventsChannel, ...this.rooms.keys()];
    try {
      await this.subscriber.subscribe(...channels);
    } catch (error) {
      this.logConnectionError('subscriber', error as Error);
      return; // the next 'ready' tries again
    }
    const reconnected = this.subscriberWasReady;
    this.subscriberWasReady = true;
    this.lastErrorLog.delete('subscriber');
    this.checkReady();
    if (reconnected) {
      this.options.logger.warn(
        { rooms: this.rooms.size },
        'reconnected to Redis; rooms re-read storage for what they missed',
      );
      for (const listener of this.reconnectListeners) listener();
    }
    // Rooms loaded while we were away (or before the first connection) were
    // not subscribed: they re-read what other instances stored meanwhile.
    for (const listeners of this.rooms.values()) {
      for (const listener of listeners) listener.missedMessages();
    }
  }

  private checkReady(): void {
    if (this.subscriberWasReady && this.publisher.status === 'ready') this.resolveReady();
  }

  private async onPublisherReady(): Promise<void> {
    this.lastErrorLog.delete('publisher');
    this.checkReady();
    // Entries may have expired while we were away: write them again at once.
    await this.beat();
    if (!this.publishFailed) return;
    try {
      await this.announce({ type: 'resync' });
      this.publishFailed = false;
    } catch (error) {
      this.logConnectionError('publisher', error as Error);
    }
  }

  private async beat(): Promise<void> {
    if (this.closed || this.publisher.status !== 'ready') return;
    try {
      await this.peers.renew();
    } catch (error) {
      this.logConnectionError('publisher', error as Error, 'could not renew presence entries');
    }
    for (const listener of this.heartbeatListeners) listener();
  }

  private logConnectionError(role: string, error: Error, message?: string): void {
    if (this.closed) return;
    const now = Date.now();
    const last = this.lastErrorLog.get(role) ?? 0;
    if (now - last < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLog.set(role, now);
    this.options.logger.error(
      { err: { message: error.message }, connection: role },
      message ??
        'Redis unreachable; retrying. Other instances may miss updates until it is back: they are stored, and rooms re-read storage on reconnect',
    );
  }

  /** Withdraw this instance's presence entries and close both connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.heartbeat);
    try {
      if (this.publisher.status === 'ready') {
        // The others recount now rather than when the entries expire.
        for (const workshopId of await this.peers.withdrawAll()) {
          await this.announce({ type: 'presenceChanged', workshopId });
        }
      }
    } catch {
      // They expire by themselves.
    }
    this.closed = true;
    this.rooms.clear();
    this.eventListeners.clear();
    this.heartbeatListeners.clear();
    this.reconnectListeners.clear();
    await Promise.all([quit(this.publisher), quit(this.subscriber)]);
  }
}

async function quit(client: Redis): Promise<void> {
  if (client.status === 'ready') {
    await client.quit().catch(() => client.disconnect());
  } else {
    client.disconnect();
  }
}
