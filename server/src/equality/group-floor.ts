import {
  AIRTIME_KEY,
  BREAKOUT_KEY,
  GROUP_FLOORS_KEY,
  SPEAKING_KEY,
  addTurn,
  groupFloor,
  hostOf,
  readGroupFloors,
  runningBreakout,
  type BreakoutState,
  type GroupFloors,
  type SpeakingState,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { changeControl } from './define.js';
import { readFloor } from './read-floor.js';
import { finishTurn, type Floor } from './turns.js';

/** What a speaking action sees before it picks a floor: the running breakout and the group floors. */
export interface FloorScene {
  breakout: BreakoutState | null;
  floors: GroupFloors;
}

/** Where a step happens: the whole room (`groupId: null`) or one group, with its host now. */
export interface FloorPlace {
  groupId: string | null;
  host: string | null;
}

/** The running breakout's group `groupId`, or NO_BREAKOUT / GROUP_NOT_FOUND. */
export function requireGroup(scene: FloorScene, groupId: string): void {
  if (!scene.breakout) throw new AppError('NO_BREAKOUT', 'No breakout is under way');
  if (!scene.breakout.groups.some((group) => group.id === groupId)) {
    throw new AppError('GROUP_NOT_FOUND', 'No group of this breakout has that id');
  }
}

/** May the caller grant and end turns on this floor? The facilitator anywhere; a host in their group. */
export function requireChair(context: ActionContext, place: FloorPlace): void {
  if (context.peer.facilitator) return;
  if (place.groupId !== null && place.host === context.peer.participantId) return;
  throw new AppError(
    'FORBIDDEN',
    place.groupId === null
      ? 'Only the facilitator grants turns to the whole room'
      : "Only the group's host or the facilitator grants turns in a group",
  );
}

/**
 * One speaking step on the floor `pick` chooses — the room's (null) or a
 * group's — in one synchronous change of the control document. A group's
 * floor starts with the room's rules (order, limit per turn); a turn that
 * ends in a group counts in the group's airtime and in the whole meetup's
 * (GROUPEQ-2). Throwing an AppError refuses; nothing is written.
 */
export function changeFloorIn(
  context: ActionContext,
  pick: (scene: FloorScene) => string | null,
  step: (floor: Floor, place: FloorPlace) => Floor,
): Promise<{ floor: Floor; place: FloorPlace }> {
  return changeControl(context, (state: Y.Map<unknown>) => {
    const scene = readScene(state);
    const groupId = pick(scene);
    const room = readFloor(state);
    if (groupId === null) {
      const place = { groupId: null, host: null };
      const after = step(room, place);
      if (after.speaking !== room.speaking) state.set(SPEAKING_KEY, after.speaking);
      if (after.airtime !== room.airtime) state.set(AIRTIME_KEY, after.airtime);
      return { floor: after, place };
    }
    requireGroup(scene, groupId);
    const before: Floor = groupFloorWithRules(scene.floors, groupId, room.speaking);
    const place = { groupId, host: hostOf(scene.breakout, scene.floors, groupId) };
    const after = step(before, place);
    if (after === before) return { floor: after, place };
    const ended = before.speaking.current;
    if (ended && after.airtime !== before.airtime) {
      const ms = context.now - ended.startedAt;
      state.set(
        AIRTIME_KEY,
        addTurn(room.airtime, { participantId: ended.participantId, role: ended.role, ms }),
      );
    }
    state.set(GROUP_FLOORS_KEY, {
      ...scene.floors,
      [groupId]: { host: place.host, speaking: after.speaking, airtime: after.airtime },
    });
    return { floor: after, place };
  });
}

/** The running breakout and the group floors as the control map holds them. */
export function readScene(state: Y.Map<unknown>): FloorScene {
  return {
    breakout: runningBreakout(state.get(BREAKOUT_KEY)),
    floors: readGroupFloors(state.get(GROUP_FLOORS_KEY)),
  };
}

/** A group's floor; one not used yet starts with the room's rules (order, limit per turn). */
export function groupFloorWithRules(
  floors: GroupFloors,
  groupId: string,
  rules: Pick<SpeakingState, 'order' | 'turnLimitSeconds'>,
): Floor {
  const group = groupFloor(floors, groupId);
  if (floors[groupId]) return { speaking: group.speaking, airtime: group.airtime };
  const { order, turnLimitSeconds } = rules;
  return { speaking: { ...group.speaking, order, turnLimitSeconds }, airtime: group.airtime };
}

/** The group a participant is in during the running breakout, or null. */
export function groupIdOf(scene: FloorScene, participantId: string): string | null {
  return scene.breakout?.groups.find((g) => g.members.includes(participantId))?.id ?? null;
}

/**
 * When the breakout ends every group's floor closes: a turn under way ends
 * now and counts (in its group and in the meetup), hands go down, the seats
 * empty; the groups' airtime stays for the report.
 */
export function closeGroupFloors(state: Y.Map<unknown>, now: number): void {
  const floors = readGroupFloors(state.get(GROUP_FLOORS_KEY));
  let airtime = readFloor(state).airtime;
  const closed: GroupFloors = {};
  for (const [groupId, floor] of Object.entries(floors)) {
    const current = floor.speaking.current;
    const finished = finishTurn(floor, now);
    if (current) {
      const ms = now - current.startedAt;
      airtime = addTurn(airtime, { participantId: current.participantId, role: current.role, ms });
    }
    closed[groupId] = {
      host: null,
      airtime: finished.airtime,
      speaking: { ...finished.speaking, queue: [], current: null, round: null },
    };
  }
  if (Object.keys(closed).length === 0) return;
  state.set(GROUP_FLOORS_KEY, closed);
  state.set(AIRTIME_KEY, airtime);
}

/** Someone moved to another group leaves their old group's queue and seat. */
export function leaveGroupFloors(state: Y.Map<unknown>, participantId: string): void {
  const floors = readGroupFloors(state.get(GROUP_FLOORS_KEY));
  let changed = false;
  const next: GroupFloors = {};
  for (const [groupId, floor] of Object.entries(floors)) {
    const queue = floor.speaking.queue.filter((hand) => hand.participantId !== participantId);
    const host = floor.host === participantId ? null : floor.host;
    changed ||= host !== floor.host || queue.length !== floor.speaking.queue.length;
    next[groupId] = { ...floor, host, speaking: { ...floor.speaking, queue } };
  }
  if (changed) state.set(GROUP_FLOORS_KEY, next);
}
