import { ROLES, type Role } from '@moteplass/shared';
import type { Redis } from 'ioredis';
import type { Peer } from '../rooms/index.js';

interface Entry {
  /** Until when (the writer's clock, ms since epoch) the entry counts without a renewal. */
  until: number;
  /** Participant id, role (null for a facilitator), facilitator. */
  peers: [string, Role | null, boolean][];
}

/**
 * Who is connected to each workshop's board, per instance: a Redis hash per
 * workshop (`<prefix>peers:<workshopId>`), one field per instance holding its
 * people and an expiry. Instances renew their fields on every heartbeat; the
 * fields of an instance that died stop counting after `ttlMs`. Only server
 * instances read it; what clients see is the counts (PRIV-3).
 */
export class PeerDirectory {
  /** What this instance last wrote, renewed by `renew()`. */
  private readonly local = new Map<string, Peer[]>();

  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix: string; instanceId: string; ttlMs: number },
  ) {}

  private key(workshopId: string): string {
    return `${this.options.prefix}peers:${workshopId}`;
  }

  async publish(workshopId: string, peers: Peer[]): Promise<void> {
    if (peers.length === 0) {
      this.local.delete(workshopId);
      await this.redis.hdel(this.key(workshopId), this.options.instanceId);
      return;
    }
    this.local.set(workshopId, peers);
    await this.write([[workshopId, peers]]);
  }

  /** Write every entry again with a fresh expiry (the heartbeat). */
  async renew(): Promise<void> {
    if (this.local.size > 0) await this.write([...this.local]);
  }

  private async write(entries: [string, Peer[]][]): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const [workshopId, peers] of entries) {
      const entry: Entry = {
        until: Date.now() + this.options.ttlMs,
        peers: peers.map((peer) => [peer.participantId, peer.role, peer.facilitator]),
      };
      const key = this.key(workshopId);
      pipeline.hset(key, this.options.instanceId, JSON.stringify(entry));
      // The whole hash goes when no instance renews it (all of them died).
      pipeline.pexpire(key, this.options.ttlMs * 2);
    }
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }

  /** The people other instances have connected to the workshop's board, from live entries. */
  async elsewhere(workshopId: string): Promise<Peer[]> {
    const fields = await this.redis.hgetall(this.key(workshopId));
    const now = Date.now();
    const peers: Peer[] = [];
    for (const [instanceId, value] of Object.entries(fields)) {
      if (instanceId === this.options.instanceId) continue;
      const entry = parseEntry(value);
      if (!entry || entry.until < now) continue;
      for (const [participantId, role, facilitator] of entry.peers) {
        peers.push({ workshopId, participantId, role, facilitator });
      }
    }
    return peers;
  }

  /** On shutdown: this instance's people are no longer connected. Returns the workshops they were in. */
  async withdrawAll(): Promise<string[]> {
    const workshopIds = [...this.local.keys()];
    const pipeline = this.redis.pipeline();
    for (const workshopId of workshopIds) {
      pipeline.hdel(this.key(workshopId), this.options.instanceId);
    }
    this.local.clear();
    await pipeline.exec();
    return workshopIds;
  }
}

function parseEntry(value: string): Entry | null {
  try {
    const entry = JSON.parse(value) as Partial<Entry>;
    if (typeof entry.until !== 'number' || !Array.isArray(entry.peers)) return null;
    const peers = entry.peers.filter(
      (peer): peer is Entry['peers'][number] =>
        Array.isArray(peer) &&
        typeof peer[0] === 'string' &&
        (peer[1] === null || (ROLES as readonly unknown[]).includes(peer[1])) &&
        typeof peer[2] === 'boolean',
    );
    return { until: entry.until, peers };
  } catch {
    return null;
  }
}
