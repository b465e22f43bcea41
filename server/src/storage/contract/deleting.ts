import { beforeEach, expect, it } from 'vitest';
import type { Storage } from '../types.js';
import { sampleParticipant, sampleWorkshop } from './fixtures.js';

const bytes = (...values: number[]) => new Uint8Array(values);

/**
 * `storage.deleteWorkshop`: a workshop leaves every part at once (each part's
 * own suite checks that its data goes too).
 */
export function describeDeletingContract(current: () => Storage): void {
  let storage: Storage;
  beforeEach(() => {
    storage = current();
  });

  it('leaves no participants, documents or updates behind', async () => {
    const doomed = sampleWorkshop();
    const kept = sampleWorkshop();
    await storage.workshops.create(doomed);
    await storage.workshops.create(kept);
    for (const workshop of [doomed, kept]) {
      await storage.workshops.addParticipant(sampleParticipant(workshop.id));
      await storage.documents.append(workshop.id, 'board', [bytes(1)]);
      await storage.documents.compact(workshop.id, 'board', bytes(2), 0);
      await storage.documents.append(workshop.id, 'control', [bytes(3)]);
    }

    await storage.deleteWorkshop(doomed.id);

    const empty = { snapshot: null, updates: [], lastSeq: 0 };
    expect(await storage.workshops.get(doomed.id)).toBeNull();
    expect(await storage.workshops.listParticipants(doomed.id)).toEqual([]);
    expect(await storage.documents.load(doomed.id, 'board')).toEqual(empty);
    expect(await storage.documents.load(doomed.id, 'control')).toEqual(empty);
    expect(await storage.workshops.listParticipants(kept.id)).toHaveLength(1);
    expect(await storage.documents.load(kept.id, 'board')).toMatchObject({
      snapshot: bytes(2),
      updates: [bytes(1)],
    });
    expect((await storage.documents.load(kept.id, 'control')).updates).toEqual([bytes(3)]);
  });

  it('accepts an unknown id', async () => {
    await expect(storage.deleteWorkshop('unknown')).resolves.toBeUndefined();
  });
}
