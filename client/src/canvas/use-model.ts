import { useSyncExternalStore } from 'react';
import type { CanvasController } from './controller';

/**
 * Re-render on board changes (at most once per animation frame, after the
 * model's batch) for the parts that list items: the frame menu, the count
 * of malformed items, the text editor. The drawing does not go through React.
 */
export function useModelVersion(controller: CanvasController): number {
  return useSyncExternalStore(controller.model.subscribe, controller.model.getVersion);
}
