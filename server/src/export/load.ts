import { CONTROL_ROOT } from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import type { RoomRegistry } from '../rooms/index.js';
import { boardItemsJSON } from '../rooms/validation/index.js';
import type { Storage } from '../storage/index.js';
import { buildSnapshot, type WorkshopSnapshot } from './snapshot.js';

export interface SnapshotOptions {
  /** Names next to attributed items (never anonymous ones); off unless the facilitator asks. */
  includeNames: boolean;
  now?: number;
}

/**
 * The one place that reads a workshop for export: the record, the summary
 * and the participants from storage, and both documents through the room
 * registry, so what people see live right now is in the export too.
 */
export async function loadSnapshot(
  storage: Storage,
  rooms: RoomRegistry,
  workshopId: string,
  options: SnapshotOptions,
): Promise<WorkshopSnapshot> {
  const workshop = await storage.workshops.get(workshopId);
  if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND', 'No such workshop');
  const [summary, participants, board, control] = await Promise.all([
    storage.workshops.getCaseFileSummary(workshopId),
    storage.workshops.listParticipants(workshopId),
    rooms.get(workshopId, 'board'),
    rooms.get(workshopId, 'control'),
  ]);
  // Read at once: a room may unload (and its document be destroyed) after this turn.
  return buildSnapshot({
    workshop,
    summary,
    participants,
    // Never `toJSON()` on the board: a damaged stored item may nest thousands of levels (BOARD-5).
    boardItems: boardItemsJSON(board.doc),
    control: control.doc.getMap(CONTROL_ROOT).toJSON(),
    includeNames: options.includeNames,
    now: options.now ?? Date.now(),
  });
}
