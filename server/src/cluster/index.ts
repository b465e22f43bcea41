export { RedisBus, type RedisBusOptions } from './redis-bus.js';
export { joinCluster } from './join.js';
export type { ClusterEvent, WorkshopCluster } from './types.js';
