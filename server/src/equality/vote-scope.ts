import type { PhaseId } from '@moteplass/shared';

/**
 * What a vote is about, as stored and as shown. A vote on a poll card's
 * options keeps the poll's id in the stored record's `frameId` with a
 * `poll:` mark, so storage needs no new column while its backends are being
 * regrouped (issue 17); everything outside this file sees `pollId`. A
 * breakout group's vote is kept the same way (`group:<groupId>:<frameId>`),
 * and a vote for every group as `groups:` with the breakout's phase.
 */
export interface VoteScopeShown {
  phase: PhaseId | null;
  frameId: string | null;
  pollId: string | null;
  /** One group's vote: only its members vote, on its frame. */
  groupId?: string;
  /** Every group at once: each member on their own group's frame. */
  allGroups?: boolean;
}

const POLL_MARK = 'poll:';
const GROUP_MARK = 'group:';
const ALL_GROUPS_MARK = 'groups:';

/** The record's scope fields for storage. */
export function storedScope(scope: VoteScopeShown): {
  phase: PhaseId | null;
  frameId: string | null;
} {
  if (scope.allGroups) return { phase: scope.phase, frameId: ALL_GROUPS_MARK };
  if (scope.groupId !== undefined) {
    return { phase: null, frameId: `${GROUP_MARK}${scope.groupId}:${scope.frameId ?? ''}` };
  }
  return {
    phase: scope.phase,
    frameId: scope.pollId !== null ? `${POLL_MARK}${scope.pollId}` : scope.frameId,
  };
}

/** The scope of a stored vote record. */
export function scopeOf(record: { phase: PhaseId | null; frameId: string | null }): VoteScopeShown {
  const stored = record.frameId;
  if (stored?.startsWith(POLL_MARK)) {
    return { phase: record.phase, frameId: null, pollId: stored.slice(POLL_MARK.length) };
  }
  if (stored === ALL_GROUPS_MARK) {
    return { phase: record.phase, frameId: null, pollId: null, allGroups: true };
  }
  if (stored?.startsWith(GROUP_MARK)) {
    // Group ids are base64url: the first ':' after the mark ends the group id.
    const rest = stored.slice(GROUP_MARK.length);
    const cut = rest.indexOf(':');
    const groupId = cut < 0 ? rest : rest.slice(0, cut);
    const frameId = cut < 0 ? null : rest.slice(cut + 1) || null;
    return { phase: null, frameId, pollId: null, groupId };
  }
  return { phase: record.phase, frameId: stored, pollId: null };
}
