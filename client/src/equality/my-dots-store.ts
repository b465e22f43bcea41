import type { MyVotesReply } from '@moteplass/shared';
import { useEffect } from 'react';
import { create } from 'zustand';
import { fetchMyVotes } from './api';
import type { EqualityFailure } from './use-equality-action';

/**
 * One's own dots in the open vote: only the server and this person know
 * them (VOTE-2). Fetched when a vote opens (and after a reload), then kept
 * from the replies to castVote and retractVote.
 */
interface MyDotsState {
  mine: MyVotesReply;
  /** Why the last dot was refused, shown once in the vote's panel (not on every note). */
  failure: EqualityFailure | null;
  set: (mine: MyVotesReply) => void;
  setFailure: (failure: EqualityFailure | null) => void;
}

export const useMyDotsStore = create<MyDotsState>()((set) => ({
  mine: { voteId: null, dots: [], remaining: 0 },
  failure: null,
  set: (mine) => set({ mine }),
  setFailure: (failure) => set({ failure }),
}));

/** One's dots for `voteId` (none for another or no vote). */
export function useMyDots(workshopId: string, token: string, voteId: string | null): MyVotesReply {
  const mine = useMyDotsStore((state) => state.mine);
  useEffect(() => {
    if (!voteId) return;
    const controller = new AbortController();
    fetchMyVotes(workshopId, token, controller.signal).then(
      (reply) => useMyDotsStore.getState().set(reply),
      () => {
        // Offline: the buttons still work and their replies fill this in.
      },
    );
    return () => controller.abort();
  }, [workshopId, token, voteId]);
  return mine.voteId === voteId ? mine : { voteId, dots: [], remaining: 0 };
}
