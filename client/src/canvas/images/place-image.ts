import {
  BOARD_ITEM_VERSION,
  IMAGE_ALT_LENGTH,
  isImageMimeType,
  type ImageItem,
  type PhaseId,
  type Role,
} from '@moteplass/shared';
import * as Y from 'yjs';
import type { Point } from '../contract';
import { uploadImage, type ImageTarget } from './upload';

/** The longest side of a newly placed image, board units (a note is 200). */
export const IMAGE_PLACED_SIZE = 600;

export interface ImagePlacement extends ImageTarget {
  items: Y.Map<unknown>;
  phase: PhaseId;
  author: string;
  authorRole: Role | null;
  /** The canvas's transaction origin, so the person's undo takes the image away too. */
  origin?: unknown;
}

/** Image files among what was pasted or dropped (anything else is left to others). */
export function imageFilesFrom(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = Array.from(data.files ?? []);
  if (files.length === 0)
    for (const item of Array.from(data.items ?? [])) {
      const file = item.kind === 'file' ? item.getAsFile() : null;
      if (file) files.push(file);
    }
  return files.filter((file) => isImageMimeType(file.type));
}

/** Width and height of a picture, fitted to IMAGE_PLACED_SIZE; a square when unknown. */
export async function placedSize(file: Blob): Promise<{ w: number; h: number }> {
  try {
    const bitmap = await createImageBitmap(file);
    const { width, height } = bitmap;
    bitmap.close();
    const scale = IMAGE_PLACED_SIZE / Math.max(width, height, 1);
    return { w: Math.round(width * scale), h: Math.round(height * scale) };
  } catch {
    return { w: IMAGE_PLACED_SIZE, h: IMAGE_PLACED_SIZE };
  }
}

/** Alt text to start from: the file name without extension (people can edit it in the list). */
export function altFromFileName(name: string): string {
  return name.replace(/\.[a-z0-9]+$/i, '').slice(0, IMAGE_ALT_LENGTH);
}

/** Random item id (same form as the list view's). */
function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** Put an uploaded image on the board, centred on `at`, in one transaction; returns the item id. */
export function createImageItem(
  placement: Omit<ImagePlacement, 'workshopId' | 'token'>,
  image: { imageId: string; alt: string; w: number; h: number },
  at: Point,
  now = Date.now(),
): string {
  const id = newId();
  const fields: ImageItem = {
    type: 'image',
    v: BOARD_ITEM_VERSION,
    imageId: image.imageId,
    alt: image.alt.slice(0, IMAGE_ALT_LENGTH),
    x: Math.round(at.x - image.w / 2),
    y: Math.round(at.y - image.h / 2),
    w: image.w,
    h: image.h,
    phase: placement.phase,
    createdAt: now,
    author: placement.author,
    ...(placement.authorRole ? { authorRole: placement.authorRole } : {}),
  };
  const insert = () => placement.items.set(id, new Y.Map<unknown>(Object.entries(fields)));
  if (placement.items.doc) placement.items.doc.transact(insert, placement.origin);
  else insert();
  return id;
}

/**
 * Upload image files and place them at a world point (cascading a little when
 * several come at once). Resolves with the new item ids; rejects with the
 * first ApiError (the caller says it to the person).
 */
export async function placeImageFiles(
  files: readonly File[],
  at: Point,
  placement: ImagePlacement,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, file] of files.entries()) {
    const [imageId, size] = await Promise.all([uploadImage(file, placement), placedSize(file)]);
    const offset = index * 40;
    ids.push(
      createImageItem(
        placement,
        { imageId, alt: altFromFileName(file.name), ...size },
        { x: at.x + offset, y: at.y + offset },
      ),
    );
  }
  return ids;
}

/**
 * Paste handler for the canvas: images on the clipboard are uploaded and
 * placed at `at` (say, the centre of the view). Returns null when the paste
 * held no image (let other paste handling run), else the upload in progress.
 */
export function handleImagePaste(
  event: ClipboardEvent,
  at: Point,
  placement: ImagePlacement,
): Promise<string[]> | null {
  const files = imageFilesFrom(event.clipboardData);
  if (files.length === 0) return null;
  event.preventDefault();
  return placeImageFiles(files, at, placement);
}

/** Drop handler: images dropped on the canvas land where they were dropped (`at`, world). */
export function handleImageDrop(
  event: DragEvent,
  at: Point,
  placement: ImagePlacement,
): Promise<string[]> | null {
  const files = imageFilesFrom(event.dataTransfer);
  if (files.length === 0) return null;
  event.preventDefault();
  return placeImageFiles(files, at, placement);
}

/** For `dragover`: accept the drop only when files are dragged. */
export function allowImageDrop(event: DragEvent): void {
  if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files'))
    event.preventDefault();
}
