import type { RoomName } from '@moteplass/shared';
import type { Storage } from '../storage/index.js';
import type { AppendBatcher } from './append-batcher.js';
import type { SlowSocketLimits } from './backpressure.js';
import type { PresenceLimits } from './presence-broadcast.js';
import type { RoomFanout } from './room-broadcast.js';
import type { RoomLogger, RoomObserver, RoomPolicy } from './types.js';

/** The room closed before the changes someone waited for were stored. */
export class RoomClosedError extends Error {
  override name = 'RoomClosedError';
  constructor() {
    super('room closed before its changes were stored');
  }
}

/** Origin of changes replayed from storage: they are not stored again. */
export const FROM_STORAGE = Symbol('from-storage');
/** Origin of changes the server makes itself (actions). */
export const SERVER_ORIGIN = Symbol('server');
/** Origin of changes another instance stored and published: relayed here, not stored again. */
export const FROM_ANOTHER_INSTANCE = Symbol('from-another-instance');

/** A room's options but `onIdle` (room.ts adds it: it names the Room). */
export interface RoomSetup {
  workshopId: string;
  name: RoomName;
  storage: Storage;
  policy: RoomPolicy;
  logger: RoomLogger;
  observer?: RoomObserver;
  /** Compact stored updates into a snapshot after this many appends. */
  compactAfterUpdates?: number;
  /** A socket with more than this many bytes queued is too slow and is closed. */
  maxBufferedBytes?: number;
  /** Backpressure thresholds; defaults from LIMITS (see backpressure.ts). */
  slowSocketLimits?: Partial<SlowSocketLimits>;
  /** Other instances serving the same room; see `applyFromAnotherInstance`. */
  fanout?: RoomFanout;
  /** Groups appends across rooms; by default the one every room on `storage` shares. */
  appendBatcher?: AppendBatcher;
  /** How often presence is relayed; defaults from LIMITS. */
  presenceLimits?: PresenceLimits;
  /** A presence-only broadcast goes to at most this many connections per turn (RELAY-2). */
  presenceSliceConnections?: number;
}
