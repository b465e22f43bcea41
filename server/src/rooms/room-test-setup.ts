import { afterEach, vi } from 'vitest';
import * as Y from 'yjs';
import { type TestStorage, silentLogger, syncStep1Frame } from './fakes.js';
import { Room, type RoomOptions } from './room.js';
import type { RoomPolicy } from './types.js';

/** Test support for the room-*.test.ts files: rooms that are destroyed after each test. */

export const acceptAll: RoomPolicy = { acceptsUpdatesFrom: () => true };

/** Sync step 1 with an empty state vector: "send me everything", as a fresh client asks. */
export const fullSyncRequest = () => syncStep1Frame(new Y.Doc());

const rooms: Room[] = [];

afterEach(() => {
  for (const room of rooms.splice(0)) room.destroy();
  vi.useRealTimers();
});

/** A board room of workshop `w1` that accepts everybody's updates, destroyed after the test. */
export async function trackedRoom(
  storage: TestStorage,
  options: Partial<RoomOptions> = {},
): Promise<Room> {
  const room = await Room.load({
    workshopId: 'w1',
    name: 'board',
    storage,
    policy: acceptAll,
    logger: silentLogger,
    ...options,
  });
  rooms.push(room);
  return room;
}
