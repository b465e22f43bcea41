import { afterEach, vi } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection } from './connection.js';
import { type TestStorage, silentLogger, syncStep1Frame } from './fakes.js';
import { PresenceBroadcast, type PresenceLimits } from './presence-broadcast.js';
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

/**
 * A room's presence broadcast over clients 1…3, each with a cursor and a
 * connection of its own (client 1 the facilitator's if asked), under
 * `limits`; `wake` is its timer's callback.
 */
export function presenceOfThree(
  limits: PresenceLimits,
  options: { facilitator?: boolean; wake?: () => void } = {},
) {
  const states = new Map<number, unknown>([1, 2, 3].map((id) => [id, { cursor: { x: id } }]));
  const awareness = { states, meta: new Map() } as unknown as Awareness;
  const broadcast = new PresenceBroadcast(awareness, limits, options.wake ?? (() => {}));
  const person = (facilitator: boolean) => ({ peer: { facilitator } }) as unknown as Connection;
  broadcast.owners.set(1, person(options.facilitator ?? false));
  broadcast.owners.set(2, person(false));
  broadcast.owners.set(3, person(false));
  return { broadcast, states };
}
