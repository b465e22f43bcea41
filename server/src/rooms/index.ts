export { Connection, type Peer, type RoomSocket } from './connection.js';
export { ProtocolError } from './protocol.js';
export { RoomRegistry, type RoomRegistryOptions } from './registry.js';
export { Room, RoomClosedError, SERVER_ORIGIN, type RoomOptions } from './room.js';
export type { DropReason, RoomLogger, RoomObserver, RoomPolicy, UpdateVerdict } from './types.js';
export { reclaimWhenEmpty } from './reclaim-memory.js';
export { presenceLimits, type PresenceLimits } from './presence-broadcast.js';
