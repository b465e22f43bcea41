import type { PhaseId } from '@moteplass/shared';

/**
 * What a vote is about, as stored and as shown. A vote on a poll card's
 * options keeps the poll's id in the stored record's `frameId` with a
 * `poll:` mark, so storage needs no new column while its backends are being
 * regrouped (issue 17); everything outside this file sees `pollId`.
 */
export interface VoteScopeShown {
  phase: PhaseId | null;
  frameId: string | null;
  pollId: string | null;
}

const POLL_MARK = 'poll:';

/** The record's scope fields for storage. */
export function storedScope(scope: VoteScopeShown): {
  phase: PhaseId | null;
  frameId: string | null;
} {
  return {
    phase: scope.phase,
    frameId: scope.pollId !== null ? `${POLL_MARK}${scope.pollId}` : scope.frameId,
  };
}

/** The scope of a stored vote record. */
export function scopeOf(record: { phase: PhaseId | null; frameId: string | null }): VoteScopeShown {
  if (record.frameId?.startsWith(POLL_MARK)) {
    return { phase: record.phase, frameId: null, pollId: record.frameId.slice(POLL_MARK.length) };
  }
  return { phase: record.phase, frameId: record.frameId, pollId: null };
}
