import { followedPhase, type PhaseId, type ViewRequest } from '@moteplass/shared';
import { FOLLOWING, useFollowStore, viewedPhase } from './follow-store';

export interface ViewedPhase {
  /** The phase this board shows. */
  phase: PhaseId;
  /** The phase the facilitator asks boards to show. */
  followed: PhaseId;
  following: boolean;
  /** Show another phase (and stop following). */
  browse: (phase: PhaseId) => void;
  setFollowing: (following: boolean) => void;
}

export function useViewedPhase(
  workshopId: string,
  workshopPhase: PhaseId,
  view: ViewRequest | null,
): ViewedPhase {
  const choice = useFollowStore((state) => state.byWorkshop[workshopId]) ?? FOLLOWING;
  const browse = useFollowStore((state) => state.browse);
  const follow = useFollowStore((state) => state.follow);
  const followed = followedPhase(view, workshopPhase);
  const phase = viewedPhase(choice, view, workshopPhase);
  return {
    phase,
    followed,
    following: choice.following,
    browse: (phase) => {
      if (choice.following && phase === followed) return;
      browse(workshopId, phase);
    },
    // Opting out keeps the board where it is; opting in again goes to the facilitator's phase.
    setFollowing: (following) => (following ? follow(workshopId) : browse(workshopId, phase)),
  };
}
