import {
  CURSORS_VISIBLE_KEY,
  INVITATION_KEY,
  PHASE_LOG_KEY,
  PRESENCE_KEY,
  TIMER_KEY,
  VIEW_KEY,
  readCursorsVisible,
  readInvitationRotatedAt,
  readPhaseLog,
  readPresence,
  readTimer,
  readViewRequest,
  type PhaseLogEntry,
  type Presence,
  type TimerState,
  type ViewRequest,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { useYMapSnapshot } from '../sync';

/**
 * The running workshop as the server keeps it in the control document: the
 * timer, when phases ran, the facilitator's view request, who is here, the
 * cursor switch. Every value goes through the shared reader, which returns a
 * safe default for anything missing or malformed.
 */
export interface LiveWorkshop {
  timer: TimerState;
  phaseLog: PhaseLogEntry[];
  view: ViewRequest | null;
  presence: Presence;
  cursorsVisible: boolean;
  /** Changes when the join code was rotated: time to fetch the new one. */
  invitationRotatedAt: number;
}

export function readLiveWorkshop(map: Y.Map<unknown>): LiveWorkshop {
  return {
    timer: readTimer(map.get(TIMER_KEY)),
    phaseLog: readPhaseLog(map.get(PHASE_LOG_KEY)),
    view: readViewRequest(map.get(VIEW_KEY)),
    presence: readPresence(map.get(PRESENCE_KEY)),
    cursorsVisible: readCursorsVisible(map.get(CURSORS_VISIBLE_KEY)),
    invitationRotatedAt: readInvitationRotatedAt(map.get(INVITATION_KEY)),
  };
}

export function useLiveWorkshop(map: Y.Map<unknown>): LiveWorkshop {
  return useYMapSnapshot(map, readLiveWorkshop, false);
}
