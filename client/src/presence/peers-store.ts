import type { Awareness } from 'y-protocols/awareness';
import { readPresence, type Peer } from './presence-state';

/**
 * The others in the board room, as an external store over the awareness:
 * the snapshot is rebuilt only when someone's state changed (not on the
 * 15-second heartbeats), and stays the same array otherwise.
 */
export function createPeersStore(awareness: Awareness) {
  let snapshot: Peer[] | null = null;
  const read = (): Peer[] => {
    const peers: Peer[] = [];
    for (const [clientId, raw] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const state = readPresence(raw);
      if (state) peers.push({ clientId, ...state });
    }
    // A stable order: facilitators first, then by name, then by client id.
    return peers.sort(
      (a, b) =>
        Number(b.facilitator) - Number(a.facilitator) ||
        (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') ||
        a.clientId - b.clientId,
    );
  };
  return {
    getSnapshot(): Peer[] {
      snapshot ??= read();
      return snapshot;
    },
    subscribe(onChange: () => void): () => void {
      const handler = () => {
        snapshot = null;
        onChange();
      };
      snapshot = null;
      awareness.on('change', handler);
      return () => awareness.off('change', handler);
    },
  };
}
