import { LIMITS, type RoomName } from '@moteplass/shared';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.js';
import { ProtocolError, awarenessEntries } from './protocol.js';

/**
 * What a connection may say about presence. Throws ProtocolError (the room
 * closes the sender with the reason) for an update that breaks a rule;
 * returns false for one to ignore quietly, true for one to apply.
 *
 * - SYNC-5: a connection speaks only for its own client ids; it may not
 *   overwrite or remove the presence of someone else.
 * - PRES-1: one presence per connection (one client id), each state at most
 *   `LIMITS.presenceStateBytes`, at most `LIMITS.presenceEntriesPerFrame` entries.
 * - PRES-2: nobody has presence on the control room. The stock client sends
 *   an empty state there on connect and `null` when it leaves: ignored.
 */
export function assertOwnPresence(
  awareness: Awareness,
  sender: Connection,
  connections: Iterable<Connection>,
  update: Uint8Array,
  room: RoomName = 'board',
): boolean {
  const entries = awarenessEntries(update);
  if (room === 'control') {
    if (entries.every((entry) => entry.empty)) return false;
    throw new ProtocolError('no presence on the control room');
  }
  let claimed = 0;
  for (const entry of entries) {
    if (entry.stateBytes > LIMITS.presenceStateBytes) {
      throw new ProtocolError(`presence state larger than ${LIMITS.presenceStateBytes} bytes`);
    }
    if (sender.awarenessClients.has(entry.clientId)) continue;
    // The stock y-websocket client echoes every presence it receives back to
    // the server. An echo (a clock the room already has) changes nothing, so
    // it is let through; only an entry that would take effect counts.
    const known = awareness.meta.get(entry.clientId)?.clock ?? 0;
    const takesEffect =
      entry.clock > known ||
      (entry.clock === known && entry.removes && awareness.states.has(entry.clientId));
    if (!takesEffect) continue;
    if (ownedByAnother(sender, connections, entry.clientId)) {
      throw new ProtocolError('awareness for another connection');
    }
    if (entry.removes) continue;
    if (sender.awarenessClients.size + ++claimed > 1) {
      throw new ProtocolError('one presence per connection');
    }
  }
  return true;
}

function ownedByAnother(
  sender: Connection,
  connections: Iterable<Connection>,
  clientId: number,
): boolean {
  for (const other of connections) {
    if (other !== sender && other.awarenessClients.has(clientId)) return true;
  }
  return false;
}
