/** A board image (a photo of a paper flipchart); the board item refers to it by `id`. */
export interface ImageRecord {
  workshopId: string;
  id: string;
  /** Media type, e.g. `image/jpeg`; checked by the caller before storing. */
  mime: string;
  bytes: Uint8Array;
  createdAt: number;
}

/** Board images, keyed by workshop and image id (`storage.images`). */
export interface ImageStore {
  /**
   * Stores a board image, replacing one with the same id in the workshop.
   * With `maxWorkshopBytes`, the check that the workshop's images stay within
   * it and the write are one step (no other put, on any instance, slips in
   * between): false, and nothing stored, when the image would not fit.
   * Throws for a workshop that does not exist.
   */
  put(image: ImageRecord, options?: { maxWorkshopBytes?: number }): Promise<boolean>;
  /** The image's bytes and media type; null when the workshop has no such image. */
  get(workshopId: string, id: string): Promise<{ mime: string; bytes: Uint8Array } | null>;
  /** Sum of the byte lengths of the workshop's images (0 when none), for its quota. */
  bytesTotal(workshopId: string): Promise<number>;
}
