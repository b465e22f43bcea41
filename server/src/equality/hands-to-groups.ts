import { GROUP_FLOORS_KEY, SPEAKING_KEY, type GroupFloors } from '@moteplass/shared';
import type * as Y from 'yjs';
import { groupFloorWithRules, groupIdOf, readScene } from './group-floor.js';
import { readFloor } from './read-floor.js';
import * as turns from './turns.js';

/**
 * Hands raised in the room go to the raisers' group queues once they are in
 * a group of the running breakout (at its start, or when they pick a group),
 * in the order they were raised and keeping the time they were raised: the
 * wait someone already did in the room is not lost (GROUPEQ-6). Hands of
 * people in no group stay in the room's queue. Part of the caller's
 * synchronous change of the control document.
 */
export function handsToGroups(state: Y.Map<unknown>): void {
  const scene = readScene(state);
  if (!scene.breakout) return;
  const room = readFloor(state);
  const moving = room.speaking.queue
    .filter((hand) => groupIdOf(scene, hand.participantId) !== null)
    .sort((a, b) => a.raisedAt - b.raisedAt);
  if (moving.length === 0) return;
  const floors: GroupFloors = { ...scene.floors };
  for (const hand of moving) {
    const groupId = groupIdOf(scene, hand.participantId);
    if (groupId === null) continue;
    const before = groupFloorWithRules(floors, groupId, room.speaking);
    const after = turns.raiseHand(before, hand, hand.raisedAt);
    floors[groupId] = {
      host: floors[groupId]?.host ?? null,
      speaking: after.speaking,
      airtime: after.airtime,
    };
  }
  const moved = new Set(moving.map((hand) => hand.participantId));
  state.set(GROUP_FLOORS_KEY, floors);
  state.set(SPEAKING_KEY, {
    ...room.speaking,
    queue: room.speaking.queue.filter((hand) => !moved.has(hand.participantId)),
  });
}
