import type { ClusterEvent } from './types.js';

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64;

/** A workshop event from another instance, checked field by field; null if it is not one. */
export function parseClusterEvent(payload: Uint8Array): ClusterEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'participantRemoved':
      return isId(event.workshopId) && isId(event.participantId)
        ? {
            type: 'participantRemoved',
            workshopId: event.workshopId,
            participantId: event.participantId,
          }
        : null;
    case 'workshopDeleted':
    case 'presenceChanged':
      return isId(event.workshopId) ? { type: event.type, workshopId: event.workshopId } : null;
    case 'resync':
      return { type: 'resync' };
    default:
      return null;
  }
}
