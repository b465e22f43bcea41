import type { RoomName } from '@moteplass/shared';
import * as Y from 'yjs';
import type { Storage } from '../storage/index.js';

/**
 * Folding a room's stored updates into one snapshot. Each returns whether a
 * snapshot was written.
 */

/** One instance serves the room: its document holds everything stored up to `throughSeq`. */
export async function compactAlone(
  storage: Storage,
  workshopId: string,
  name: RoomName,
  doc: Y.Doc,
  throughSeq: number,
): Promise<boolean> {
  if (throughSeq === 0) return false;
  await storage.documents.compact(workshopId, name, Y.encodeStateAsUpdate(doc), throughSeq);
  return true;
}

/**
 * With other instances appending to the same document, storage may hold an
 * update (a lower sequence number than ours) whose publication has not
 * reached us yet: a snapshot of our document alone would drop it. So the
 * snapshot is our state merged with everything stored, up to the sequence
 * number read.
 */
export async function compactWithOtherInstances(
  storage: Storage,
  workshopId: string,
  name: RoomName,
  doc: Y.Doc,
): Promise<boolean> {
  const stored = await storage.documents.load(workshopId, name);
  if (stored.lastSeq === 0) return false;
  const parts = [Y.encodeStateAsUpdate(doc), ...stored.updates];
  if (stored.snapshot) parts.push(stored.snapshot);
  await storage.documents.compact(workshopId, name, Y.mergeUpdates(parts), stored.lastSeq);
  return true;
}
