import { CLOSE_CODES } from '@moteplass/shared';
import type { RoomRegistry } from '../rooms/index.js';
import type { Storage } from '../storage/index.js';
import type { WorkshopService } from '../workshops/service.js';
import type { RedisBus } from './redis-bus.js';
import type { ClusterEvent, ClusterLogger } from './types.js';

/**
 * What this instance does when another one tells it something about a
 * workshop. Rooms hear their own channels through the registry; this is the
 * rest: removals, deletions, presence, and re-reading storage.
 */
export function joinCluster(
  bus: RedisBus,
  deps: {
    rooms: RoomRegistry;
    workshops: WorkshopService;
    storage: Storage;
    logger: ClusterLogger;
  },
): void {
  const { rooms, workshops, storage, logger } = deps;
  const handle = async (event: ClusterEvent): Promise<void> => {
    switch (event.type) {
      case 'participantRemoved':
        await rooms.closeParticipant(
          event.workshopId,
          event.participantId,
          CLOSE_CODES.UNAUTHORIZED,
          'removed by the facilitator',
        );
        return;
      case 'workshopDeleted': {
        const loadedHere =
          rooms.peek(event.workshopId, 'board') ?? rooms.peek(event.workshopId, 'control');
        await rooms.closeWorkshop(event.workshopId, CLOSE_CODES.NOT_FOUND, 'workshop deleted');
        // An append of ours may have been under way while the deleting
        // instance removed everything: delete again after it (PRIV-1).
        if (loadedHere) await storage.deleteWorkshop(event.workshopId);
        return;
      }
      case 'presenceChanged':
        workshops.presence.changed(event.workshopId, { elsewhere: true });
        return;
      case 'resync':
        await rooms.catchUpAll();
        return;
    }
  };
  bus.onEvent((event) => {
    handle(event).catch((error: unknown) =>
      logger.error({ event: event.type, err: error }, 'could not act on another instance’s event'),
    );
  });
  // A removal announced while we were cut off was not heard: ask storage about
  // everybody connected here (AUTH-4 holds again once Redis is back).
  bus.onReconnected(() => {
    rooms
      .closeUnadmitted(
        (peer) => workshops.stillAdmitted(peer),
        CLOSE_CODES.UNAUTHORIZED,
        'removed by the facilitator',
      )
      .catch((error: unknown) =>
        logger.error({ err: error }, 'could not re-check who is admitted after a reconnect'),
      );
  });
  // Another instance's entries expire without news when it dies: recount now and then.
  bus.onHeartbeat(() => {
    for (const workshopId of rooms.loadedWorkshops()) {
      workshops.presence.changed(workshopId, { elsewhere: true });
    }
  });
}
