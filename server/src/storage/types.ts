import type { Language, Role, RoomName } from '@moteplass/shared';
import type { EqualityStorage } from './equality-types.js';
import type { SeriesStorage } from './series-types.js';

export type * from './equality-types.js';
export type * from './series-types.js';

/**
 * Everything Møteplass keeps, behind one interface. Implementations: memory
 * (tests, ephemeral), SQLite (the embedded default), later PostgreSQL. All of
 * them pass the one contract suite in `contract.ts`.
 *
 * The interface is async so that a networked database fits; the SQLite
 * implementation answers synchronously under the hood.
 */
export interface WorkshopRecord {
  id: string;
  title: string;
  caseDescription: string;
  language: Language;
  /** Normalised join code (upper case, no separators). Unique among live workshops. */
  joinCode: string;
  /** SHA-256 (hex) of the facilitator key; the key itself is never stored. */
  facilitatorKeyHash: string;
  createdAt: number;
  /** Last time anybody joined or changed something; drives retention. */
  lastActivityAt: number;
}

export type WorkshopPatch = Partial<
  Pick<WorkshopRecord, 'title' | 'caseDescription' | 'language' | 'joinCode' | 'lastActivityAt'>
>;

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  /** Display name or pseudonym; optional by design (GDPR: collect little). */
  name: string | null;
  /** Role category; null for a facilitator who did not give one. */
  role: Role | null;
  facilitator: boolean;
  createdAt: number;
  /** A removed participant's token stops working. */
  revoked: boolean;
}

/** A board image (a photo of a paper flipchart); the board item refers to it by `id`. */
export interface ImageRecord {
  workshopId: string;
  id: string;
  /** Media type, e.g. `image/jpeg`; checked by the caller before storing. */
  mime: string;
  bytes: Uint8Array;
  createdAt: number;
}

/** What is stored of one Yjs document: the latest snapshot and the updates after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update (0 when none); pass it to `compactDocument`. */
  lastSeq: number;
}

/** One document's share of `appendUpdatesBatch`. */
export interface DocumentAppend {
  workshopId: string;
  room: RoomName;
  updates: Uint8Array[];
}

export interface Storage extends EqualityStorage {
  /** `memory`, `sqlite`, … — for logs and metrics. */
  readonly kind: string;
  /** Series membership and reflection answers (issue 18), a part of its own. */
  readonly series: SeriesStorage;

  /** Throws `JoinCodeTakenError` when another workshop has the join code. */
  createWorkshop(workshop: WorkshopRecord): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  getWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | null>;
  /** Throws `JoinCodeTakenError` when a new join code is taken. No-op for an unknown id. */
  updateWorkshop(id: string, patch: WorkshopPatch): Promise<void>;
  /**
   * Removes the workshop and everything about it: participants, documents,
   * updates, snapshots, drafts, votes, images, the case-file summary.
   */
  deleteWorkshop(id: string): Promise<void>;
  /** Ids of workshops whose last activity is before `timestamp` (for retention). */
  listWorkshopsInactiveSince(timestamp: number): Promise<string[]>;

  /** The facilitator's summary for the case-file report; '' when none was written. */
  getCaseFileSummary(workshopId: string): Promise<string>;
  /** Replaces the summary; no-op for an unknown workshop. */
  setCaseFileSummary(workshopId: string, summary: string): Promise<void>;

  addParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord | null>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;
  revokeParticipant(workshopId: string, participantId: string): Promise<void>;

  loadDocument(workshopId: string, room: RoomName): Promise<StoredDocument>;
  /**
   * Appends updates in one transaction, in order, and resolves once they are
   * durable. Returns the sequence number of the last one appended.
   */
  appendUpdates(workshopId: string, room: RoomName, updates: Uint8Array[]): Promise<number>;
  /**
   * Optional: the appends of several documents in ONE transaction (all or
   * nothing), each document's updates in order. Resolves once durable with the
   * sequence number of each entry's last update, in the order of `entries`
   * (as `appendUpdates` would return it). The room core groups the appends of
   * one event-loop turn through it; without it, it calls `appendUpdates` per document.
   */
  appendUpdatesBatch?(entries: readonly DocumentAppend[]): Promise<number[]>;
  /**
   * Optional, for storage that commits synchronously (SQLite through
   * better-sqlite3): `appendUpdatesBatch` that returns once durable instead of
   * resolving later. The room core prefers it: a turn's edits are relayed in
   * that same turn, before its presence, with no promise hops in between.
   */
  appendUpdatesBatchSync?(entries: readonly DocumentAppend[]): number[];
  /**
   * Replaces the snapshot with `snapshot` and removes the updates with
   * sequence ≤ `throughSeq` (they are contained in the snapshot). Updates
   * appended after `throughSeq` are kept.
   */
  compactDocument(
    workshopId: string,
    room: RoomName,
    snapshot: Uint8Array,
    throughSeq: number,
  ): Promise<void>;

  /**
   * Stores a board image, replacing one with the same id in the workshop.
   * With `maxWorkshopBytes`, the check that the workshop's images stay within
   * it and the write are one step (no other put, on any instance, slips in
   * between): false, and nothing stored, when the image would not fit.
   * Throws for a workshop that does not exist.
   */
  putImage(image: ImageRecord, options?: { maxWorkshopBytes?: number }): Promise<boolean>;
  /** The image's bytes and media type; null when the workshop has no such image. */
  getImage(workshopId: string, id: string): Promise<{ mime: string; bytes: Uint8Array } | null>;
  /** Sum of the byte lengths of the workshop's images (0 when none), for its quota. */
  imageBytesTotal(workshopId: string): Promise<number>;

  /** Small server-wide settings (e.g. the generated token secret). */
  getMeta(key: string): Promise<string | null>;
  /** Sets `key` unless it exists; returns the value now stored (the winner of a race). */
  setMetaIfAbsent(key: string, value: string): Promise<string>;

  /** Flushes and releases resources. The storage is unusable afterwards. */
  close(): Promise<void>;
}

export class JoinCodeTakenError extends Error {
  constructor(joinCode: string) {
    super(`join code ${joinCode} is taken`);
    this.name = 'JoinCodeTakenError';
  }
}
