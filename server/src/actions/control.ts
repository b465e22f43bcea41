import { CONTROL_ROOT } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from './types.js';

/** Change the workshop's control document (server-only) and wait until it is stored and relayed. */
export async function changeControl(
  context: ActionContext,
  mutate: (state: Y.Map<unknown>) => void,
): Promise<void> {
  const room = await context.rooms.get(context.peer.workshopId, 'control');
  await room.change((doc) => mutate(doc.getMap(CONTROL_ROOT)));
}
