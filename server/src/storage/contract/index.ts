import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../types.js';
import { describeDeletingContract } from './deleting.js';
import { describeDocumentsContract } from './documents.js';
import { describeEqualityContract } from './equality.js';
import { describeImageContract } from './images.js';
import { describeMetaContract } from './meta.js';
import { describeSeriesContract } from './series.js';
import { describeWorkshopsContract } from './workshops.js';

/**
 * What every `Storage` promises its callers: one suite per part, each run
 * against a fresh storage per test. Each implementation runs this from its
 * own test file; a behaviour the server relies on belongs in a part's suite,
 * not in one implementation's tests. A new part adds its suite here.
 */
export function describeStorageContract(
  name: string,
  create: () => Promise<Storage> | Storage,
  dispose: (s: Storage) => Promise<void> = (s) => s.close(),
): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await create();
    });
    afterEach(async () => {
      await dispose(storage);
    });
    const current = () => storage;

    it('STORE-1: offers every part, each an object of its own', () => {
      const parts = [
        storage.workshops,
        storage.documents,
        storage.equality,
        storage.images,
        storage.meta,
        storage.series,
      ];
      for (const part of parts) expect(typeof part).toBe('object');
      expect(new Set(parts).size).toBe(parts.length);
      expect(storage.kind).toMatch(/^[a-z]+$/);
    });

    describe('workshops', () => describeWorkshopsContract(current));
    describe('documents', () => describeDocumentsContract(current));
    describe('drafts and votes', () => describeEqualityContract(current));
    describe('board images', () => describeImageContract(current));
    describe('meta', () => describeMetaContract(current));
    describe('series and reflection', () => describeSeriesContract(current));
    describe('deleting a workshop', () => describeDeletingContract(current));
  });
}
