import type { Storage, StorageParts } from '../types.js';
import { MemoryDocuments } from './documents.js';
import { MemoryEquality } from './equality.js';
import { MemoryImages } from './images.js';
import { MemoryMeta } from './meta.js';
import { MemorySeriesStore } from './series.js';
import { MemoryWorkshops } from './workshops.js';

/** What every memory part does besides its own interface: forget a workshop, forget everything. */
interface MemoryPart {
  deleteWorkshop(workshopId: string): void;
  clear(): void;
}

/**
 * Everything in maps, gone with the process: for tests and throwaway servers.
 * Each part copies records and bytes in and out, and does its checks and
 * writes without an `await` in between, so in one process it is as atomic as
 * a database transaction.
 */
export class MemoryStorage implements Storage {
  readonly kind = 'memory';
  readonly workshops = new MemoryWorkshops();
  readonly documents: MemoryDocuments = new MemoryDocuments();
  readonly equality = new MemoryEquality();
  readonly images = new MemoryImages((id) => this.workshops.has(id));
  readonly meta = new MemoryMeta();
  readonly series = new MemorySeriesStore();

  /**
   * Every part, by name: a part added to `StorageParts` does not compile
   * until it is here. Read at call time: test storage swaps `documents`.
   */
  private parts(): MemoryPart[] {
    const parts: { [Name in keyof StorageParts]: MemoryPart } = {
      workshops: this.workshops,
      documents: this.documents,
      equality: this.equality,
      images: this.images,
      meta: this.meta,
      series: this.series,
    };
    return Object.values(parts);
  }

  async deleteWorkshop(id: string): Promise<void> {
    for (const part of this.parts()) part.deleteWorkshop(id);
  }

  async close(): Promise<void> {
    for (const part of this.parts()) part.clear();
  }
}
