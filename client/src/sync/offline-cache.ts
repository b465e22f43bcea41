import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import { whenIdle } from './sync-v2';

/**
 * The workshop's documents kept in this browser's IndexedDB (y-indexeddb), one
 * database per workshop and room, so a reload without a network still shows
 * the board and what was written offline is sent when the link is back.
 */

const ROOMS = ['board', 'control'] as const;
type CachedRoom = (typeof ROOMS)[number];

export function cacheName(workshopId: string, room: CachedRoom): string {
  return `moteplass.${room}.${workshopId}`;
}

/** jsdom and some private windows have no IndexedDB: then there is simply no cache. */
export function offlineCacheAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export function openDocumentCache(
  workshopId: string,
  room: CachedRoom,
  doc: Y.Doc,
): IndexeddbPersistence | null {
  if (!offlineCacheAvailable()) return null;
  return new IndexeddbPersistence(cacheName(workshopId, room), doc);
}

/**
 * A fresh document's state as it came from the server (its V2 parts,
 * JOIN-11) into the document's cache, one part per idle moment (JOIN-12).
 * Storing the whole document instead (y-indexeddb's `storeState` encodes
 * it again) is one task of ≈ 1 s on a slowed phone for 10,000 notes, right
 * when the board has come in and the person starts to use it. Stops when
 * `wanted` says the cache is no longer (the page closed, the workshop is gone).
 */
export async function cacheReceivedState(
  cache: IndexeddbPersistence,
  parts: readonly Uint8Array[],
  wanted: () => boolean,
): Promise<void> {
  await cache.whenSynced;
  for (const part of parts) {
    await new Promise<void>((resolve) => whenIdle(resolve));
    if (!wanted()) return;
    // y-indexeddb keeps V1 updates; not `this` as the origin, so it stores it.
    cache._storeUpdate(Y.convertUpdateFormatV2ToV1(part), null);
  }
}

const UNSENT_PREFIX = 'moteplass.unsent.';

/** Changes made without the server's acknowledgement survive a reload too (the count only). */
export function readUnsentCount(workshopId: string): number {
  try {
    const stored = Number(localStorage.getItem(UNSENT_PREFIX + workshopId));
    return Number.isSafeInteger(stored) && stored > 0 ? stored : 0;
  } catch {
    return 0;
  }
}

export function writeUnsentCount(workshopId: string, count: number): void {
  try {
    if (count > 0) localStorage.setItem(UNSENT_PREFIX + workshopId, String(count));
    else localStorage.removeItem(UNSENT_PREFIX + workshopId);
  } catch {
    // Storage full or denied: the count is a courtesy, the edits are in IndexedDB.
  }
}

/**
 * Forget the workshop on this device: its cached documents and unsent count.
 * A database still open in this tab is deleted as soon as it closes.
 */
export async function clearWorkshopCache(workshopId: string): Promise<void> {
  writeUnsentCount(workshopId, 0);
  if (!offlineCacheAvailable()) return;
  await Promise.all(ROOMS.map((room) => clearDocument(cacheName(workshopId, room))));
}
