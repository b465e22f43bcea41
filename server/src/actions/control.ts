import { CONTROL_ROOT } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from './types.js';

/** Change the workshop's control document (server-only) and wait until it is stored and relayed. */
export async function changeControl(
  context: ActionContext,
  mutate: (state: Y.Map<unknown>) => void,
): Promise<void> {
  // Under the control room's lock when several instances serve it (RoomRegistry.change).
  await context.rooms.change(context.peer.workshopId, 'control', (doc) =>
    mutate(doc.getMap(CONTROL_ROOT)),
  );
}
