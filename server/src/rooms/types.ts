import type * as Y from 'yjs';
import type { Connection } from './connection.js';

/** Why an update was dropped without closing its sender. */
export type DropReason = 'not-allowed' | 'rate-limited' | 'silent-writing' | 'missing-dependencies';

/** What the rules say about one client update, before it is applied. */
export type UpdateVerdict =
  /** Apply it; then `commit` (e.g. record who created what). */
  | { kind: 'accept'; commit?: () => void }
  /** Do not apply it; the sender stays (and is asked to resync when dependencies are missing). */
  | { kind: 'drop'; reason: 'silent-writing' | 'missing-dependencies' }
  /** Do not apply it and close the sender with this reason. */
  | { kind: 'refuse'; reason: string };

/** Decides whose document updates a room accepts; others' are dropped, never stored or relayed. */
export interface RoomPolicy {
  acceptsUpdatesFrom(connection: Connection): boolean;
  /** Inspect one update of an accepted sender before it is applied; absent: accept. */
  checkUpdate?(connection: Connection, update: Uint8Array, doc: Y.Doc): UpdateVerdict;
  /** The room's document, once, when the room is made (e.g. to drop pending structs on a rule change). */
  attach?(doc: Y.Doc): void;
  /** After loading from storage: how many stored items are damaged (skipped by readers, reported). */
  damagedItems?(doc: Y.Doc): number;
  /**
   * After loading from storage: a change that brings stored content up to
   * date (item migrations, KIND-6), or null when nothing is out of date. The
   * room applies it as one server transaction, stored and relayed like any
   * update, before anyone joins.
   */
  migrateOnLoad?(doc: Y.Doc): ((doc: Y.Doc) => void) | null;
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
  updateDropped?(reason: DropReason): void;
  /** An update refused as one no honest client sends (its sender was closed). */
  updateRefused?(): void;
  /** Stored content skipped when a room loaded: whole updates that failed to apply, or damaged items. */
  storedContentSkipped?(part: 'update' | 'item', count: number): void;
  storageAppend?(seconds: number): void;
  connectionClosed?(reason: string): void;
  /** A socket fell behind (no broadcasts until it drains), or was caught up with one update. */
  slowSocket?(event: 'behind' | 'caught-up'): void;
  /** Presence states superseded before they were sent (never forwarded). */
  presenceDropped?(count: number): void;
}
