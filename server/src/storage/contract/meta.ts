import { beforeEach, expect, it } from 'vitest';
import type { Storage } from '../types.js';

/** `storage.meta`: server-wide settings; the first value set wins. */
export function describeMetaContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  it('keeps the first value set for a key', async () => {
    expect(await storage.meta.get('tokenSecret')).toBeNull();
    expect(await storage.meta.setIfAbsent('tokenSecret', 'first')).toBe('first');
    expect(await storage.meta.setIfAbsent('tokenSecret', 'second')).toBe('first');
    expect(await storage.meta.get('tokenSecret')).toBe('first');
  });

  it('gives racing callers the same winner', async () => {
    const results = await Promise.all([
      storage.meta.setIfAbsent('race', 'a'),
      storage.meta.setIfAbsent('race', 'b'),
    ]);
    expect(results[0]).toBe(results[1]);
    expect(await storage.meta.get('race')).toBe(results[0]);
  });
}
