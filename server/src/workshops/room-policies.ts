import { CONTROL_KEYS, CONTROL_ROOT, type RoomName } from '@moteplass/shared';
import type { RoomPolicy, RoomRegistry } from '../rooms/index.js';

/**
 * Who may write which document (CONTRACT.md):
 * - control: nobody but the server (actions); client updates are dropped.
 * - board: everyone with a session, unless the facilitator locked the board.
 */
export async function createRoomPolicy(
  workshopId: string,
  name: RoomName,
  registry: RoomRegistry,
): Promise<RoomPolicy> {
  if (name === 'control') return { acceptsUpdatesFrom: () => false };
  // The lock lives in the control document; keep it loaded while the board is.
  const control = await registry.get(workshopId, 'control');
  control.pin();
  const state = control.doc.getMap(CONTROL_ROOT);
  return {
    acceptsUpdatesFrom: (connection) =>
      connection.peer.facilitator || state.get(CONTROL_KEYS.locked) !== true,
    dispose: () => control.unpin(),
  };
}
