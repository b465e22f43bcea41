import { followedPhase, type PhaseId, type ViewRequest } from '@moteplass/shared';
import { create } from 'zustand';

/**
 * Whether this person's board follows the facilitator (the default), or shows
 * a phase they chose themselves. Local to the page: a reload follows again.
 */
interface FollowChoice {
  following: boolean;
  chosen: PhaseId | null;
}

interface FollowState {
  byWorkshop: Record<string, FollowChoice>;
  /** Follow the facilitator again. */
  follow: (workshopId: string) => void;
  /** Show this phase, and stop following. */
  browse: (workshopId: string, phase: PhaseId) => void;
}

export const FOLLOWING: FollowChoice = { following: true, chosen: null };

export const useFollowStore = create<FollowState>()((set) => ({
  byWorkshop: {},
  follow: (workshopId) =>
    set((state) => ({ byWorkshop: { ...state.byWorkshop, [workshopId]: FOLLOWING } })),
  browse: (workshopId, phase) =>
    set((state) => ({
      byWorkshop: { ...state.byWorkshop, [workshopId]: { following: false, chosen: phase } },
    })),
}));

/** The phase a board shows: the facilitator's, unless its person chose another. */
export function viewedPhase(
  choice: FollowChoice,
  view: ViewRequest | null,
  workshopPhase: PhaseId,
): PhaseId {
  const followed = followedPhase(view, workshopPhase);
  return choice.following ? followed : (choice.chosen ?? followed);
}
