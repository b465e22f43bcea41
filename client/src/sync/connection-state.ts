import { CLOSE_CODES } from '@moteplass/shared';

/** What a person sees about the link to the server (in a polite live region). */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'unauthorized' | 'gone';

/** The link to one room (board or control). */
export interface RoomLink {
  synced: boolean;
  everSynced: boolean;
  /** Closed connections since the last successful sync. */
  failures: number;
  /** Set when the server said reconnecting is pointless. */
  refused: 'unauthorized' | 'gone' | null;
}

export const NEW_ROOM_LINK: RoomLink = {
  synced: false,
  everSynced: false,
  failures: 0,
  refused: null,
};

/** Close codes after which trying again cannot help. 4429 is not one: that is "later". */
export function refusalFor(code: number): RoomLink['refused'] {
  if (code === CLOSE_CODES.UNAUTHORIZED || code === CLOSE_CODES.FORBIDDEN) return 'unauthorized';
  if (code === CLOSE_CODES.NOT_FOUND) return 'gone';
  return null;
}

/** After this many failed attempts a first connection counts as offline, not "connecting". */
const FAILURES_BEFORE_OFFLINE = 2;

/** One state for the whole workshop: it is connected only when both rooms are. */
export function combineRooms(rooms: readonly RoomLink[]): ConnectionState {
  if (rooms.some((room) => room.refused === 'gone')) return 'gone';
  if (rooms.some((room) => room.refused === 'unauthorized')) return 'unauthorized';
  if (rooms.every((room) => room.synced)) return 'connected';
  if (rooms.some((room) => room.everSynced || room.failures >= FAILURES_BEFORE_OFFLINE))
    return 'reconnecting';
  return 'connecting';
}
