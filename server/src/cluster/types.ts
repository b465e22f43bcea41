import type { Peer } from '../rooms/index.js';

/**
 * Workshop-level news every instance must act on, carried on one channel.
 * Nothing here is content: ids only (PRIV-2).
 */
export type ClusterEvent =
  /** Close this participant's sockets (AUTH-4): their token already answers 401 everywhere. */
  | { type: 'participantRemoved'; workshopId: string; participantId: string }
  /** Close the workshop's rooms without storing what is pending (PRIV-1). */
  | { type: 'workshopDeleted'; workshopId: string }
  /** Somebody joined or left the workshop's board on the sending instance: recount presence. */
  | { type: 'presenceChanged'; workshopId: string }
  /** The sender failed to publish something it stored: re-read loaded rooms from storage. */
  | { type: 'resync' };

/** What the workshop layer needs from the other instances (absent with one instance). */
export interface WorkshopCluster {
  /** Tell every other instance; resolves once Redis took it, rejects if it could not. */
  announce(event: ClusterEvent): Promise<void>;
  /** Record who is connected to a workshop's board on this instance (kept fresh by a heartbeat). */
  publishPeers(workshopId: string, peers: Peer[]): Promise<void>;
  /** Called on every heartbeat: a chance to recount what other instances' expired entries changed. */
  onHeartbeat(listener: () => void): void;
}

/** The minimal subset of a logger the cluster code writes to. */
export interface ClusterLogger {
  info?(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}
