import type { AnyActionHandler } from '../actions/types.js';
import { broadcast } from './broadcast.js';
import { closeChoice } from './close-choice.js';
import { endBreakout } from './end-breakout.js';
import { joinGroup } from './join-group.js';
import { moveParticipant } from './move-participant.js';
import { renameGroup } from './rename-group.js';
import { startBreakout } from './start-breakout.js';

export { placeLateJoiner } from './late-joiner.js';
export { GroupTagger } from './group-tags.js';

/** The breakout actions (issue 19), for the dispatcher's list. */
export const BREAKOUT_HANDLERS = [
  startBreakout,
  moveParticipant,
  broadcast,
  endBreakout,
  renameGroup,
  joinGroup,
  closeChoice,
] as const satisfies readonly AnyActionHandler[];
