import { BREAKOUT_KEY, runningBreakout, type BreakoutState } from '@moteplass/shared';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { controlState } from './define.js';
import type { VoteScopeShown } from './vote-scope.js';

/** `groupId` / `allGroups` of startSilentWriting and startVote (docs/breakout.md). */
export interface GroupScopeRequest {
  groupId?: string | undefined;
  allGroups?: boolean | undefined;
}

/**
 * The running breakout a group round needs, checked: NO_BREAKOUT without
 * one, GROUP_NOT_FOUND for a group it does not have; null when the request
 * is for the whole room.
 */
export async function breakoutFor(
  context: ActionContext,
  request: GroupScopeRequest,
): Promise<BreakoutState | null> {
  if (request.groupId === undefined && !request.allGroups) return null;
  if (request.groupId !== undefined && request.allGroups) {
    throw new AppError('BAD_REQUEST', 'Give one group or all groups, not both');
  }
  const breakout = runningBreakout((await controlState(context)).get(BREAKOUT_KEY));
  if (!breakout) throw new AppError('NO_BREAKOUT', 'No breakout is under way');
  if (request.groupId !== undefined && !breakout.groups.some((g) => g.id === request.groupId)) {
    throw new AppError('GROUP_NOT_FOUND', 'No group of this breakout has that id');
  }
  return breakout;
}

/** A group's vote (its frame) or a vote for every group (the breakout's phase); null otherwise. */
export async function groupVoteScope(
  context: ActionContext,
  request: GroupScopeRequest & { phase?: unknown; frameId?: unknown; pollId?: unknown },
): Promise<VoteScopeShown | null> {
  const breakout = await breakoutFor(context, request);
  if (!breakout) return null;
  if (
    request.phase !== undefined ||
    request.frameId !== undefined ||
    request.pollId !== undefined
  ) {
    throw new AppError(
      'BAD_REQUEST',
      "A group's vote is on its frame: give no phase, frame or poll",
    );
  }
  if (request.allGroups) {
    return { phase: breakout.phase, frameId: null, pollId: null, allGroups: true };
  }
  const group = breakout.groups.find((g) => g.id === request.groupId);
  if (!group) throw new AppError('GROUP_NOT_FOUND', 'No group of this breakout has that id');
  return { phase: null, frameId: group.frameId, pollId: null, groupId: group.id };
}
