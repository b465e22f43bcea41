import type { PhaseId } from '@moteplass/shared';
import type { VoteRecord } from '../storage/index.js';

/** What a vote is about, as the actions and the control document see it. */
export interface VoteScopeShown {
  phase: PhaseId | null;
  frameId: string | null;
  pollId: string | null;
  /** One group's vote: only its members vote, on its frame. */
  groupId?: string;
  /** Every group at once: each member on their own group's frame. */
  allGroups?: boolean;
}

type StoredScope = Pick<VoteRecord, 'phase' | 'frameId' | 'pollId' | 'groupId' | 'allGroups'>;

/** The record's scope fields for storage. */
export function storedScope(scope: VoteScopeShown): StoredScope {
  return {
    phase: scope.phase,
    frameId: scope.frameId,
    pollId: scope.pollId,
    groupId: scope.groupId ?? null,
    allGroups: scope.allGroups ?? false,
  };
}

/** The scope of a stored vote record; group fields only on a group's vote. */
export function scopeOf(record: StoredScope): VoteScopeShown {
  return {
    phase: record.phase,
    frameId: record.frameId,
    pollId: record.pollId,
    ...(record.groupId !== null ? { groupId: record.groupId } : {}),
    ...(record.allGroups ? { allGroups: true } : {}),
  };
}
