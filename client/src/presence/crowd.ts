import { LIMITS, ROLES, type Role } from '@moteplass/shared';
import { toScreen, type Viewport } from '../canvas';
import type { Peer } from './presence-state';

/**
 * Crowd mode (issue 21): a hall of hundreds on one board. Drawing every
 * cursor would be noise nobody can read and work for every screen, so from
 * `LIMITS.crowdThreshold` people on a screen shows the facilitator's cursor
 * and only the nearest `LIMITS.crowdCursorsDrawn` others inside its view, and
 * "who is here" becomes counts by role. The server thins the same people's
 * presence (server/src/rooms/presence-broadcast.ts).
 */
export function isCrowd(
  peers: readonly Peer[],
  threshold: number = LIMITS.crowdThreshold,
): boolean {
  // Everybody else plus this screen's own person.
  return peers.length + 1 >= threshold;
}

/** The peers whose cursors and selections a screen draws. */
export function peersToDraw(
  peers: readonly Peer[],
  viewport: Viewport,
  width: number,
  height: number,
  limit: number = LIMITS.crowdCursorsDrawn,
): Peer[] {
  if (!isCrowd(peers)) return [...peers];
  const centre = { x: width / 2, y: height / 2 };
  const near: { peer: Peer; distance: number }[] = [];
  const facilitators: Peer[] = [];
  for (const peer of peers) {
    if (peer.facilitator) {
      facilitators.push(peer);
      continue;
    }
    if (!peer.cursor) continue;
    const at = toScreen(peer.cursor, viewport);
    if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) continue;
    near.push({ peer, distance: Math.hypot(at.x - centre.x, at.y - centre.y) });
  }
  near.sort((a, b) => a.distance - b.distance || a.peer.clientId - b.peer.clientId);
  return [...facilitators, ...near.slice(0, limit).map(({ peer }) => peer)];
}

/** How many people of each role are here (self included), facilitators apart; roles with nobody left out. */
export function countByRole(people: readonly { role: Role | null; facilitator: boolean }[]): {
  facilitators: number;
  roles: { role: Role | null; count: number }[];
} {
  let facilitators = 0;
  const counts = new Map<Role | null, number>();
  for (const person of people) {
    if (person.facilitator) facilitators++;
    else counts.set(person.role, (counts.get(person.role) ?? 0) + 1);
  }
  const order: (Role | null)[] = [...ROLES, null];
  return {
    facilitators,
    roles: order.flatMap((role) => {
      const count = counts.get(role) ?? 0;
      return count > 0 ? [{ role, count }] : [];
    }),
  };
}
