import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.js';
import { ProtocolError, awarenessEntries } from './protocol.js';

/**
 * SYNC-5: a connection speaks only for its own client ids; it may not
 * overwrite or remove the presence of someone else. Throws ProtocolError
 * (the room closes the sender) for an update that would.
 */
export function assertOwnPresence(
  awareness: Awareness,
  sender: Connection,
  connections: Iterable<Connection>,
  update: Uint8Array,
): void {
  for (const entry of awarenessEntries(update)) {
    if (sender.awarenessClients.has(entry.clientId)) continue;
    if (!ownedByAnother(sender, connections, entry.clientId)) continue;
    // The stock y-websocket client echoes every presence it receives back to
    // the server. An echo (a clock the room already has) changes nothing, so
    // it is let through; only an entry that would take effect is refused.
    const known = awareness.meta.get(entry.clientId)?.clock ?? 0;
    const takesEffect =
      entry.clock > known ||
      (entry.clock === known && entry.removes && awareness.states.has(entry.clientId));
    if (takesEffect) throw new ProtocolError('awareness for another connection');
  }
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
