export {
  useYMapItems,
  readBoardItems,
  type BoardItemEntry,
  type BoardItemsSnapshot,
} from './board-items';
export { useControlState, type ControlState } from './control-state';
export type { ConnectionState } from './connection-state';
export { useConnectionState, useWorkshopConnection } from './use-workshop-connection';
export { WorkshopConnection } from './workshop-connection';
export { useYMapSnapshot } from './ymap-store';
