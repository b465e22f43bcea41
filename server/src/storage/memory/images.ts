import type { ImageRecord, ImageStore } from '../parts/images.js';

/** Board images in maps; `workshopExists` mirrors the SQL foreign key. */
export class MemoryImages implements ImageStore {
  /** workshopId → image id → image. */
  private images = new Map<string, Map<string, ImageRecord>>();

  constructor(private readonly workshopExists: (workshopId: string) => boolean) {}

  async put(image: ImageRecord, options: { maxWorkshopBytes?: number } = {}): Promise<boolean> {
    if (!this.workshopExists(image.workshopId)) {
      throw new Error(`workshop ${image.workshopId} does not exist`);
    }
    const inWorkshop = this.images.get(image.workshopId) ?? new Map<string, ImageRecord>();
    if (options.maxWorkshopBytes !== undefined) {
      let others = 0;
      for (const [id, stored] of inWorkshop) if (id !== image.id) others += stored.bytes.length;
      if (others + image.bytes.length > options.maxWorkshopBytes) return false;
    }
    inWorkshop.set(image.id, { ...image, bytes: image.bytes.slice() });
    this.images.set(image.workshopId, inWorkshop);
    return true;
  }

  async get(workshopId: string, id: string): Promise<{ mime: string; bytes: Uint8Array } | null> {
    const image = this.images.get(workshopId)?.get(id);
    return image ? { mime: image.mime, bytes: image.bytes.slice() } : null;
  }

  async bytesTotal(workshopId: string): Promise<number> {
    let total = 0;
    for (const image of this.images.get(workshopId)?.values() ?? []) total += image.bytes.length;
    return total;
  }

  /** Part of `MemoryStorage.deleteWorkshop`. */
  deleteWorkshop(workshopId: string): void {
    this.images.delete(workshopId);
  }

  clear(): void {
    this.images.clear();
  }
}
