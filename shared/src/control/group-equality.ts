import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { PhaseId } from '../phases.js';
import { AirtimeSchema, EMPTY_AIRTIME, type Airtime } from './airtime.js';
import { groupOf, type BreakoutState } from './breakout.js';
import type { SilentWritingState } from './silent.js';
import { DEFAULT_SPEAKING, SpeakingStateSchema } from './speaking.js';
import type { VoteScope } from './voting.js';

/**
 * Equality inside breakout groups (issue 19): each group has its own speakers'
 * list, its own host (scribe) who grants turns in it, and its own airtime.
 * The server keeps them in the control document under `groupFloors`, keyed by
 * group id; every turn also counts in the whole meetup's `airtime`.
 */
export const GROUP_FLOORS_KEY = 'groupFloors';

const Id = Type.String({ minLength: 1, maxLength: 64 });

export const GroupFloorSchema = Type.Object({
  /** The participant who grants turns in the group, or null while the seat is empty. */
  host: Type.Union([Id, Type.Null()]),
  speaking: SpeakingStateSchema,
  airtime: AirtimeSchema,
});
export type GroupFloor = Static<typeof GroupFloorSchema>;
export type GroupFloors = Record<string, GroupFloor>;

export const EMPTY_GROUP_FLOOR: GroupFloor = {
  host: null,
  speaking: DEFAULT_SPEAKING,
  airtime: EMPTY_AIRTIME,
};

/** Every well-formed group floor; a malformed entry is left out. */
export function readGroupFloors(value: unknown): GroupFloors {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const floors: GroupFloors = {};
  for (const [groupId, floor] of Object.entries(value)) {
    if (Value.Check(GroupFloorSchema, floor)) floors[groupId] = floor;
  }
  return floors;
}

/** A group's floor; a group nobody has spoken or raised a hand in yet has an empty one. */
export function groupFloor(floors: GroupFloors, groupId: string): GroupFloor {
  return floors[groupId] ?? EMPTY_GROUP_FLOOR;
}

/**
 * The group's host as it stands now: the seat holder only while they are
 * still a member of that group (someone moved away has left the seat).
 */
export function hostOf(
  breakout: BreakoutState | null,
  floors: GroupFloors,
  groupId: string,
): string | null {
  const host = floors[groupId]?.host ?? null;
  const group = breakout?.groups.find((entry) => entry.id === groupId);
  return host !== null && group?.members.includes(host) ? host : null;
}

/** A round (silent writing, a vote) for one group, for every group, or for the whole room. */
export interface GroupScope {
  /** Only this group's members take part. */
  groupId?: string;
  /** Every group at once, each on its own frame. */
  allGroups?: boolean;
}

/** Whether a participant takes part in a round with this scope. */
export function inGroupScope(
  scope: GroupScope,
  breakout: BreakoutState | null,
  participantId: string,
): boolean {
  if (scope.groupId !== undefined) return groupOf(breakout, participantId)?.id === scope.groupId;
  if (scope.allGroups) return groupOf(breakout, participantId) !== null;
  return true;
}

/**
 * The phase in which a participant's new notes are held back by silent
 * writing, or null: a round for one group holds back only its members.
 */
export function silentPhaseFor(
  silent: SilentWritingState,
  breakout: BreakoutState | null,
  participantId: string,
): PhaseId | null {
  const round = silent.active;
  if (!round) return null;
  if (round.groupId !== undefined && groupOf(breakout, participantId)?.id !== round.groupId) {
    return null;
  }
  return round.phase;
}

/** Airtime of one group's floor (for the console and the report). */
export function groupAirtime(floors: GroupFloors, groupId: string): Airtime {
  return groupFloor(floors, groupId).airtime;
}

/**
 * What is on a participant's ballot: on a group's vote (or a vote for all
 * groups) the notes in their own group's frame; nothing when they are in no
 * group of it (null); otherwise the vote's own scope.
 */
export function ballotScopeFor(
  vote: VoteScope & GroupScope,
  breakout: BreakoutState | null,
  participantId: string,
): VoteScope | null {
  if (vote.groupId === undefined && !vote.allGroups) return vote;
  if (!inGroupScope(vote, breakout, participantId)) return null;
  const group = groupOf(breakout, participantId);
  return group ? { phase: null, frameId: group.frameId, pollId: null } : null;
}
