import { CONTROL_ROOT, INVITATION_KEY } from '@moteplass/shared';
import type { RoomRegistry } from '../rooms/index.js';
import { JoinCodeTakenError, type Storage } from '../storage/index.js';
import { newJoinCode } from './ids.js';

/**
 * A fresh join code for a workshop; the old one stops working at once. People
 * already in keep their sessions. The control document gets only the time of
 * the change, so the shared screen fetches the new code (not the code itself:
 * see shared/src/control/invitation.ts).
 */
export async function rotateJoinCode(
  storage: Storage,
  rooms: RoomRegistry,
  workshopId: string,
  now: number,
): Promise<string> {
  // A collision among ~887 million codes is rare; try a few before giving up.
  for (let attempt = 0; ; attempt++) {
    const joinCode = newJoinCode();
    try {
      await storage.workshops.update(workshopId, { joinCode, lastActivityAt: now });
    } catch (error) {
      if (error instanceof JoinCodeTakenError && attempt < 5) continue;
      throw error;
    }
    await rooms.change(workshopId, 'control', (doc) =>
      doc.getMap(CONTROL_ROOT).set(INVITATION_KEY, { rotatedAt: now }),
    );
    return joinCode;
  }
}
