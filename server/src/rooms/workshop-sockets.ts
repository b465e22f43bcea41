import type { RoomName } from '@moteplass/shared';
import type { Peer } from './connection.js';
import type { Room } from './room.js';

export const roomKey = (workshopId: string, name: RoomName) => `${workshopId}/${name}`;

/**
 * The workshop sockets' side of the loaded rooms: who is connected where on
 * this instance, and closing one person's sockets. `RoomRegistry` extends it
 * with loading, unloading and the cluster; this part never loads a room.
 */
export class WorkshopSockets {
  /** The rooms loaded or loading on this instance, by `roomKey`. */
  protected readonly loading = new Map<string, Promise<Room>>();

  /** The loaded rooms that are open (a room that failed to load is left out). */
  protected async openRooms(): Promise<Room[]> {
    const rooms = await Promise.all(
      [...this.loading.values()].map((room) => room.catch(() => undefined)),
    );
    return rooms.filter((room): room is Room => room !== undefined && !room.isClosed);
  }

  private async openRoom(workshopId: string, name: RoomName): Promise<Room | undefined> {
    const room = await this.loading.get(roomKey(workshopId, name))?.catch(() => undefined);
    return room && !room.isClosed ? room : undefined;
  }

  /**
   * Close one participant's sockets in the workshop's loaded rooms (they were
   * removed): each gets `code`, and the rooms go on for everybody else.
   * Returns how many sockets were closed.
   */
  async closeParticipant(
    workshopId: string,
    participantId: string,
    code: number,
    reason: string,
  ): Promise<number> {
    let closed = 0;
    for (const name of ['board', 'control'] as const) {
      const room = await this.openRoom(workshopId, name);
      if (!room) continue;
      for (const connection of [...room.connections]) {
        if (connection.peer.participantId !== participantId) continue;
        room.disconnect(connection, code, reason);
        closed += 1;
      }
    }
    return closed;
  }

  /** The people connected to one of a workshop's rooms on this instance (none if it is not loaded). */
  async localPeers(workshopId: string, name: RoomName): Promise<Peer[]> {
    const room = await this.openRoom(workshopId, name);
    return room ? [...room.connections].map((connection) => connection.peer) : [];
  }

  /**
   * Close the sockets of people `admitted` says are no longer in (removed
   * while news of it could not reach this instance). Returns how many closed.
   */
  async closeUnadmitted(
    admitted: (peer: Peer) => Promise<boolean>,
    code: number,
    reason: string,
  ): Promise<number> {
    let closed = 0;
    for (const room of await this.openRooms()) {
      for (const connection of [...room.connections]) {
        if (await admitted(connection.peer)) continue;
        if (!room.connections.has(connection)) continue;
        room.disconnect(connection, code, reason);
        closed += 1;
      }
    }
    return closed;
  }

  /** Workshops with a loaded control room (their presence counts live here too). */
  loadedWorkshops(): string[] {
    return [...this.loading.keys()]
      .filter((key) => key.endsWith('/control'))
      .map((key) => key.slice(0, -'/control'.length));
  }
}
