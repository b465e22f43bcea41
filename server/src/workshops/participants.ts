import { countPresence, type ParticipantListReply } from '@moteplass/shared';
import type { RoomRegistry } from '../rooms/index.js';
import type { Storage } from '../storage/index.js';

/**
 * The facilitator's list: everybody who joined and was not removed, whether
 * they have the board open now, and the counts by role of those who do.
 */
export async function listParticipants(
  storage: Storage,
  rooms: RoomRegistry,
  workshopId: string,
): Promise<ParticipantListReply> {
  const [records, peers] = await Promise.all([
    storage.workshops.listParticipants(workshopId),
    rooms.connectedPeers(workshopId, 'board'),
  ]);
  const connected = new Set(peers.map((peer) => peer.participantId));
  const participants = records
    .filter((record) => !record.revoked)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((record) => ({
      id: record.id,
      name: record.name,
      role: record.role,
      facilitator: record.facilitator,
      connected: connected.has(record.id),
      joinedAt: record.createdAt,
    }));
  return { participants, presence: countPresence(peers) };
}
