import type { RoomName } from '@moteplass/shared';
import * as f from 'lib0/function';
import type { Awareness } from 'y-protocols/awareness';
import { checkOwnPresence } from './awareness-ownership.js';
import type { Connection } from './connection.js';
import { type AwarenessEntry, awarenessEntries } from './protocol.js';

/** Told of each entry that took effect: its client id, clock and bytes as they came. */
export type AppliedEntry = (clientId: number, clock: number, bytes: Uint8Array) => void;

/**
 * A connection's presence update: decoded and parsed once, checked against
 * the presence rules (SYNC-5, PRES-1, PRES-2: a ProtocolError closes the
 * sender), then applied with `origin` the connection (RELAY-5).
 */
export function receivePresence(
  awareness: Awareness,
  sender: Connection,
  connections: Iterable<Connection>,
  update: Uint8Array,
  room: RoomName,
  applied?: AppliedEntry,
): void {
  const entries = awarenessEntries(update);
  // PRES-2: nobody has presence on the control room; the stock client's empty state is ignored.
  if (!checkOwnPresence(awareness, sender, connections, entries, room)) return;
  applyAwarenessEntries(awareness, update, entries, sender, applied);
}

/**
 * y-protocols' `applyAwarenessUpdate` on entries the room has decoded (and
 * parsed) already for its ownership check, so a presence update is decoded
 * and its JSON parsed once, not twice (RELAY-5). Same rules, same events
 * ('change' with the states that differ, 'update' with every one that took
 * effect), same meta; kept line by line with y-protocols 1.0's.
 */
export function applyAwarenessEntries(
  awareness: Awareness,
  update: Uint8Array,
  entries: readonly AwarenessEntry[],
  origin: unknown,
  applied?: AppliedEntry,
): void {
  const timestamp = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const filteredUpdated: number[] = [];
  const removed: number[] = [];
  for (const entry of entries) {
    const { clientId, state } = entry;
    let clock = entry.clock;
    const clientMeta = awareness.meta.get(clientId);
    const prevState = awareness.states.get(clientId);
    const currClock = clientMeta === undefined ? 0 : clientMeta.clock;
    if (
      currClock < clock ||
      (currClock === clock && state === null && awareness.states.has(clientId))
    ) {
      if (state === null) {
        // Never let a remote client remove the local state (the server has none).
        if (clientId === awareness.clientID && awareness.getLocalState() != null) clock++;
        else awareness.states.delete(clientId);
      } else {
        awareness.states.set(clientId, state as Record<string, unknown>);
      }
      awareness.meta.set(clientId, { clock, lastUpdated: timestamp });
      if (clientMeta === undefined && state !== null) {
        added.push(clientId);
      } else if (clientMeta !== undefined && state === null) {
        removed.push(clientId);
      } else if (state !== null) {
        if (!f.equalityDeep(state, prevState)) filteredUpdated.push(clientId);
        updated.push(clientId);
      }
      // A copy: the update may be a view into a much bigger socket read.
      if (clock === entry.clock) applied?.(clientId, clock, update.slice(entry.start, entry.end));
    }
  }
  if (added.length > 0 || filteredUpdated.length > 0 || removed.length > 0) {
    awareness.emit('change', [{ added, updated: filteredUpdated, removed }, origin]);
  }
  if (added.length > 0 || updated.length > 0 || removed.length > 0) {
    awareness.emit('update', [{ added, updated, removed }, origin]);
  }
}
