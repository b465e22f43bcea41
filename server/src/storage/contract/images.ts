import { beforeEach, expect, it } from 'vitest';
import { sampleWorkshop } from './fixtures.js';
import type { Storage } from '../types.js';

const bytes = (...values: number[]) => new Uint8Array(values);

/** `storage.images`: board images, for every implementation (called from index.ts). */
export function describeImageContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  const image = (workshopId: string, id: string, data: Uint8Array, mime = 'image/jpeg') => ({
    workshopId,
    id,
    mime,
    bytes: data,
    createdAt: 1_700_000_000_000,
  });

  it('returns a stored image byte for byte, only in its own workshop', async () => {
    const workshop = sampleWorkshop();
    const other = sampleWorkshop();
    await storage.workshops.create(workshop);
    await storage.workshops.create(other);
    await storage.images.put(image(workshop.id, 'img1', bytes(0xff, 0xd8, 0, 255)));
    expect(await storage.images.get(workshop.id, 'img1')).toEqual({
      mime: 'image/jpeg',
      bytes: bytes(0xff, 0xd8, 0, 255),
    });
    expect(await storage.images.get(workshop.id, 'unknown')).toBeNull();
    expect(await storage.images.get(other.id, 'img1')).toBeNull();
  });

  it('replaces an image put again under the same id', async () => {
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
    await storage.images.put(image(workshop.id, 'img1', bytes(1, 2, 3)));
    await storage.images.put(image(workshop.id, 'img1', bytes(4, 5), 'image/png'));
    expect(await storage.images.get(workshop.id, 'img1')).toEqual({
      mime: 'image/png',
      bytes: bytes(4, 5),
    });
    expect(await storage.images.bytesTotal(workshop.id)).toBe(2);
  });

  it('sums the bytes of a workshop’s images for its quota', async () => {
    const workshop = sampleWorkshop();
    const other = sampleWorkshop();
    await storage.workshops.create(workshop);
    await storage.workshops.create(other);
    expect(await storage.images.bytesTotal(workshop.id)).toBe(0);
    await storage.images.put(image(workshop.id, 'a', new Uint8Array(1000)));
    await storage.images.put(image(workshop.id, 'b', new Uint8Array(24)));
    await storage.images.put(image(other.id, 'a', new Uint8Array(7)));
    expect(await storage.images.bytesTotal(workshop.id)).toBe(1024);
    expect(await storage.images.bytesTotal(other.id)).toBe(7);
    expect(await storage.images.bytesTotal('unknown')).toBe(0);
  });

  it('does not let a caller change stored bytes afterwards', async () => {
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
    const data = bytes(1, 2, 3);
    await storage.images.put(image(workshop.id, 'img1', data));
    data.fill(0);
    (await storage.images.get(workshop.id, 'img1'))?.bytes.fill(0);
    expect((await storage.images.get(workshop.id, 'img1'))?.bytes).toEqual(bytes(1, 2, 3));
  });

  it('keeps a workshop’s images within a quota, in one step with the write', async () => {
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
    const quota = { maxWorkshopBytes: 100 };
    expect(await storage.images.put(image(workshop.id, 'a', new Uint8Array(60)), quota)).toBe(true);
    expect(await storage.images.put(image(workshop.id, 'b', new Uint8Array(41)), quota)).toBe(
      false,
    );
    expect(await storage.images.get(workshop.id, 'b')).toBeNull();
    // Replacing an image counts its new size, not both.
    expect(await storage.images.put(image(workshop.id, 'a', new Uint8Array(90)), quota)).toBe(true);
    // Puts racing for the last room: exactly as many as fit are stored.
    const racing = await Promise.all(
      ['c', 'd', 'e', 'f'].map((id) =>
        storage.images.put(image(workshop.id, id, new Uint8Array(4)), quota),
      ),
    );
    expect(racing.filter(Boolean)).toHaveLength(2);
    expect(await storage.images.bytesTotal(workshop.id)).toBe(98);
  });

  it('refuses an image of a workshop that does not exist', async () => {
    await expect(storage.images.put(image('unknown', 'img1', bytes(1)))).rejects.toThrow();
  });

  it('forgets a workshop’s images with the workshop', async () => {
    const doomed = sampleWorkshop();
    const kept = sampleWorkshop();
    await storage.workshops.create(doomed);
    await storage.workshops.create(kept);
    await storage.images.put(image(doomed.id, 'img1', bytes(1, 2)));
    await storage.images.put(image(kept.id, 'img1', bytes(3)));
    await storage.deleteWorkshop(doomed.id);
    expect(await storage.images.get(doomed.id, 'img1')).toBeNull();
    expect(await storage.images.bytesTotal(doomed.id)).toBe(0);
    expect(await storage.images.get(kept.id, 'img1')).toEqual({
      mime: 'image/jpeg',
      bytes: bytes(3),
    });
  });
}
