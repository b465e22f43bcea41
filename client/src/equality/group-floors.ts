import {
  BREAKOUT_KEY,
  GROUP_FLOORS_KEY,
  readGroupFloors,
  runningBreakout,
  type BreakoutState,
  type GroupFloors,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { useYMapSnapshot } from '../sync';

/** The running breakout and each group's speakers' list and host, as the server keeps them. */
export interface GroupFloorsView {
  breakout: BreakoutState | null;
  floors: GroupFloors;
}

// Read with the shared readers rather than the breakout folder's hook: that folder mounts ours.
const readView = (map: Y.Map<unknown>): GroupFloorsView => ({
  breakout: runningBreakout(map.get(BREAKOUT_KEY)),
  floors: readGroupFloors(map.get(GROUP_FLOORS_KEY)),
});

export function useGroupFloors(workshop: Y.Map<unknown>): GroupFloorsView {
  return useYMapSnapshot(workshop, readView, false);
}
