import type { AnyActionHandler } from '../actions/types.js';
import { addAnonymousNote, setAnonymity } from './anonymity.js';
import { castVote, retractVote } from './dots.js';
import { deleteDraft, saveDraft } from './drafts.js';
import { endTurn, grantTurn, passTurn } from './grant-turn.js';
import { lowerHand, raiseHand } from './raise-hand.js';
import { revealDrafts } from './reveal-drafts.js';
import { setGroupHost } from './set-group-host.js';
import { endRound, setSpeakingRules, startRound } from './round.js';
import { startSilentWriting } from './silent-writing.js';
import { closeVote, startVote } from './votes.js';

export { equalityRoutes } from './routes.js';
export { closeGroupFloors, leaveGroupFloors } from './group-floor.js';
export { handsToGroups } from './hands-to-groups.js';

/** The equality actions (issue 5), for the dispatcher's list. */
export const EQUALITY_HANDLERS = [
  raiseHand,
  lowerHand,
  grantTurn,
  endTurn,
  passTurn,
  startRound,
  endRound,
  setSpeakingRules,
  setAnonymity,
  addAnonymousNote,
  startSilentWriting,
  saveDraft,
  deleteDraft,
  revealDrafts,
  startVote,
  castVote,
  retractVote,
  closeVote,
  setGroupHost,
] as const satisfies readonly AnyActionHandler[];
