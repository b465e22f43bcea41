import type { Connection } from './connection.js';

/** Decides whose document updates a room accepts; others' are dropped, never stored or relayed. */
export interface RoomPolicy {
  acceptsUpdatesFrom(connection: Connection): boolean;
  /** Called when the room unloads. */
  dispose?(): void;
}

export interface RoomLogger {
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** Hooks for metrics; every method optional so tests can pass nothing. */
export interface RoomObserver {
  messageIn?(bytes: number): void;
  messagesOut?(count: number, bytes: number): void;
  updateDropped?(reason: 'not-allowed' | 'rate-limited'): void;
  storageAppend?(seconds: number): void;
  connectionClosed?(reason: string): void;
  /** A socket fell behind (no broadcasts until it drains), or was caught up with one update. */
  slowSocket?(event: 'behind' | 'caught-up'): void;
  /** Presence states superseded before they were sent (never forwarded). */
  presenceDropped?(count: number): void;
}
