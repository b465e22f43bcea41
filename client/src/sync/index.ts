export {
  useYMapItems,
  readBoardItems,
  type BoardItemEntry,
  type BoardItemsSnapshot,
} from './board-items';
export { parsedItemsOf, type ParsedBoardItems } from './parsed-items';
export { useControlState, type ControlState } from './control-state';
export type { ConnectionState } from './connection-state';
export { clearWorkshopCache } from './offline-cache';
export {
  useConnectionState,
  useSyncStatus,
  useWorkshopConnection,
} from './use-workshop-connection';
export { WorkshopConnection, type SyncStatus } from './workshop-connection';
export { whenIdle } from './sync-v2';
export { useYMapSnapshot } from './ymap-store';
