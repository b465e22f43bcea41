import type { BreakoutGroup, BreakoutState } from './breakout.js';

/**
 * "People pick a group" (`startBreakout {mix: "choose"}`): the groups start
 * empty and each participant joins one (`joinGroup`) until the facilitator
 * closes the choice (`closeChoice`); whoever has not picked by then, or
 * joins the workshop later, goes to the smallest group.
 */

/**
 * How many a group takes while people choose: one more than the size the
 * facilitator asked for, so two friends can still join a group the plan
 * calls full, yet no group swallows the room. The facilitator's moves and
 * the placement at the close are not bound by it.
 */
export function groupCapacity(groupSize: number): number {
  return groupSize + 1;
}

/** True while the participants of a running breakout pick their groups. */
export function choiceOpen(state: BreakoutState | null): boolean {
  return state?.status === 'running' && state.choosing === true;
}

/** Whether one more person may join `group` now (while the choice is open). */
export function groupHasRoom(state: BreakoutState, group: BreakoutGroup): boolean {
  return group.members.length < groupCapacity(state.groupSize);
}
