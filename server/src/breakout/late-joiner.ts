import { BREAKOUT_KEY, CONTROL_ROOT, runningBreakout, type BreakoutGroup } from '@moteplass/shared';
import type { RoomRegistry } from '../rooms/index.js';
import { smallestGroup } from './partition.js';

/** `groups` with `participantId` added to the one with the fewest members (the first of equals). */
export function placeInSmallest(
  groups: readonly BreakoutGroup[],
  participantId: string,
): BreakoutGroup[] {
  const target = smallestGroup(groups);
  return groups.map((group) =>
    group === target ? { ...group, members: [...group.members, participantId] } : group,
  );
}

/**
 * Somebody joined the workshop while a breakout runs: they go to the group
 * with the fewest members (BREAK-4) — unless people are still picking their
 * groups (mix "choose"), when they pick too. Cheap when no breakout runs: one
 * read of the loaded control document, no lock.
 */
export async function placeLateJoiner(
  rooms: RoomRegistry,
  workshopId: string,
  participantId: string,
): Promise<void> {
  const control = await rooms.get(workshopId, 'control');
  if (!runningBreakout(control.doc.getMap(CONTROL_ROOT).get(BREAKOUT_KEY))) return;
  await rooms.change(workshopId, 'control', (doc) => {
    const state = doc.getMap(CONTROL_ROOT);
    const running = runningBreakout(state.get(BREAKOUT_KEY));
    if (!running || running.choosing === true) return;
    if (running.groups.some((group) => group.members.includes(participantId))) return;
    if (running.groups.length === 0) return;
    state.set(BREAKOUT_KEY, { ...running, groups: placeInSmallest(running.groups, participantId) });
  });
}
