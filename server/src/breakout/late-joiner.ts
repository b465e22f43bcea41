import { BREAKOUT_KEY, CONTROL_ROOT, runningBreakout } from '@moteplass/shared';
import type { RoomRegistry } from '../rooms/index.js';
import { smallestGroup } from './partition.js';

/**
 * Somebody joined the workshop while a breakout runs: they go to the group
 * with the fewest members (BREAK-4). Cheap when no breakout runs: one read of
 * the loaded control document, no lock.
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
    if (!running || running.groups.some((group) => group.members.includes(participantId))) return;
    const target = smallestGroup(running.groups);
    if (!target) return;
    state.set(BREAKOUT_KEY, {
      ...running,
      groups: running.groups.map((group) =>
        group === target ? { ...group, members: [...group.members, participantId] } : group,
      ),
    });
  });
}
