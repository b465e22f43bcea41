import { CONTROL_ROOT } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from './types.js';

/**
 * Read and write the workshop's control document (server-only) in one
 * synchronous step, so that no other action of this instance can slip in
 * between the read and the write (and, with several instances, under the
 * control room's lock after taking in what the others stored: see
 * `RoomRegistry.change`). Resolves with what `mutate` returned, once the
 * change is stored and relayed. The one helper for actions/ and equality/.
 */
export function changeControl<T>(
  context: ActionContext,
  mutate: (state: Y.Map<unknown>) => T,
): Promise<T> {
  return context.rooms.change(context.peer.workshopId, 'control', (doc) =>
    mutate(doc.getMap(CONTROL_ROOT)),
  );
}
