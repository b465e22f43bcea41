export { Connection, type Peer, type RoomSocket } from './connection.js';
export { ProtocolError } from './protocol.js';
export { RoomRegistry, type RoomRegistryOptions } from './registry.js';
export { Room, RoomClosedError, SERVER_ORIGIN, type RoomOptions } from './room.js';
export type { RoomLogger, RoomObserver, RoomPolicy } from './types.js';
export { reclaimWhenEmpty } from './reclaim-memory.js';
