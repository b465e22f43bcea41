import type { DocumentStore } from './parts/documents.js';
import type { EqualityStore } from './parts/equality.js';
import type { ImageStore } from './parts/images.js';
import type { MetaStore } from './parts/meta.js';
import type { SeriesStorage } from './parts/series.js';
import type { WorkshopStore } from './parts/workshops.js';

export type * from './parts/documents.js';
export type * from './parts/equality.js';
export type * from './parts/images.js';
export type * from './parts/meta.js';
export type * from './parts/series.js';
export type * from './parts/workshops.js';
export { REVEAL_CLAIM_MS } from './parts/equality.js';
export { JoinCodeTakenError } from './parts/workshops.js';

/**
 * The parts, one per kind of data (`parts/`). A new part is one line here;
 * every backend then fails to compile until it offers it (and lists it for
 * `deleteWorkshop`).
 */
export interface StorageParts {
  workshops: WorkshopStore;
  documents: DocumentStore;
  equality: EqualityStore;
  images: ImageStore;
  meta: MetaStore;
  /** Series membership and reflection answers (issue 18). */
  series: SeriesStorage;
}

/**
 * Everything Møteplass keeps, as a record of small parts. Implementations:
 * memory (tests, ephemeral), SQLite (the embedded default), PostgreSQL
 * (several instances). Each is a folder with one file per part, and every one
 * passes the contract suites in `contract/`.
 *
 * The parts are async so that a networked database fits; SQLite answers
 * synchronously under the hood.
 */
export interface Storage extends Readonly<StorageParts> {
  /** `memory`, `sqlite`, `postgres` — for logs and metrics. */
  readonly kind: string;

  /**
   * Removes the workshop and everything about it from every part, in one
   * transaction: participants, documents, updates, snapshots, drafts, votes,
   * images, the case-file summary. SQLite also scrubs the deleted rows from
   * its file and WAL before resolving (DISK-1, PRIV-1).
   */
  deleteWorkshop(id: string): Promise<void>;

  /** Flushes and releases resources. The storage is unusable afterwards. */
  close(): Promise<void>;
}
