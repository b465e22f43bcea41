import {
  BREAKOUT_KEY,
  LIMITS,
  SILENT_LIMITS,
  SILENT_WRITING_KEY,
  inGroupScope,
  readSilentWriting,
  runningBreakout,
} from '@moteplass/shared';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import { controlState, defineAction, newId } from './define.js';

/**
 * Save one of the caller's drafts (new without `draftId`). Stored for the
 * caller only; never in a shared document, never readable by anyone else,
 * not even the facilitator (DRAFT-1). Whether the round is still open and
 * the draft limit are decided in the storage transaction (DRAFT-2).
 */
export const saveDraft = defineAction({
  type: 'saveDraft',
  allowed: 'member',
  async run(context, { draftId, text, phase }) {
    const { workshopId, participantId } = context.peer;
    const round = await context.storage.equality.getOpenSilentRound(workshopId);
    if (!round) throw new AppError('NO_SILENT_WRITING', 'Silent writing is not under way');
    if (round.phase !== phase) {
      throw new AppError('WRONG_PHASE', `Silent writing is under way in ${round.phase}`);
    }
    await checkSilentGroup(context);
    const id = draftId ?? newId();
    const outcome = await context.storage.equality.saveDraft(
      {
        id,
        workshopId,
        roundId: round.id,
        participantId,
        phase,
        text: text.slice(0, LIMITS.itemTextLength),
        updatedAt: context.now,
      },
      { create: draftId === undefined, maxPerParticipant: SILENT_LIMITS.draftsPerParticipant },
    );
    if (outcome === 'round-closed') {
      throw new AppError('NO_SILENT_WRITING', 'The drafts have been revealed');
    }
    if (outcome === 'not-found') throw new AppError('DRAFT_NOT_FOUND', 'No such draft of yours');
    if (outcome === 'too-many') {
      throw new AppError('TOO_MANY_DRAFTS', `At most ${SILENT_LIMITS.draftsPerParticipant} drafts`);
    }
    return { draftId: id, updatedAt: context.now };
  },
});

/** GROUPEQ-5: nobody writes into another group's silent round. */
async function checkSilentGroup(context: ActionContext): Promise<void> {
  const state = await controlState(context);
  const active = readSilentWriting(state.get(SILENT_WRITING_KEY)).active;
  if (!active) return;
  const breakout = runningBreakout(state.get(BREAKOUT_KEY));
  if (!inGroupScope(active, breakout, context.peer.participantId)) {
    throw new AppError('NOT_IN_GROUP', "This silent writing is for another group's members");
  }
}

export const deleteDraft = defineAction({
  type: 'deleteDraft',
  allowed: 'member',
  async run(context, { draftId }) {
    const { workshopId, participantId } = context.peer;
    if (!(await context.storage.equality.deleteDraft(workshopId, participantId, draftId))) {
      throw new AppError('DRAFT_NOT_FOUND', 'No such draft of yours');
    }
  },
});
