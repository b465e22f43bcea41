import type { IndexeddbPersistence } from 'y-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { cacheReceivedState } from './offline-cache';

/** A board of `notes` notes written by two people, as V2 parts the way the server sends them. */
function boardInParts(notes: number): { doc: Y.Doc; parts: Uint8Array[] } {
  const doc = new Y.Doc();
  const items = doc.getMap('items');
  for (let i = 0; i < notes; i++) items.set(`n${i}`, new Y.Map([['text', `note ${i}`]]));
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  other.getMap('items').delete('n0');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
  // Two parts: what the first person wrote, then what the second did (a deletion).
  const first = Y.encodeStateAsUpdateV2(doc, Y.encodeStateVector(other));
  return { doc, parts: [Y.encodeStateAsUpdateV2(other), first] };
}

function fakeCache() {
  const stored: Uint8Array[] = [];
  const cache = {
    whenSynced: Promise.resolve(),
    _storeUpdate: (update: Uint8Array, _origin: unknown) => void stored.push(update),
  } as unknown as IndexeddbPersistence;
  return { cache, stored };
}

describe('cacheReceivedState (JOIN-12)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stores each part as it came, as a V1 update, one per idle moment: together they are the board', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    const { doc, parts } = boardInParts(50);
    const { cache, stored } = fakeCache();
    const done = cacheReceivedState(cache, parts, () => true);
    // Nothing is stored before the page is idle, and then one part per idle callback.
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(stored).toHaveLength(0);
    idle.shift()!();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(stored).toHaveLength(1);
    idle.shift()!();
    await done;
    expect(stored).toHaveLength(2);

    // What a reload reads back from the cache (y-indexeddb applies V1 updates) is the board.
    const reloaded = new Y.Doc();
    for (const update of stored) Y.applyUpdate(reloaded, update);
    expect(reloaded.getMap('items').toJSON()).toEqual(doc.getMap('items').toJSON());
    expect(reloaded.getMap('items').has('n0')).toBe(false);
  });

  it('stops storing once the cache is no longer wanted (the page closed, the workshop gone)', async () => {
    vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
    const { parts } = boardInParts(10);
    const { cache, stored } = fakeCache();
    let wanted = true;
    const done = cacheReceivedState(cache, parts, () => {
      const answer = wanted;
      wanted = false; // gone after the first part
      return answer;
    });
    await done;
    expect(stored).toHaveLength(1);
  });
});
