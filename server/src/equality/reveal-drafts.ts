import { SILENT_WRITING_KEY, readSilentWriting, type RevealMode } from '@moteplass/shared';
import type { ActionContext } from '../actions/index.js';
import { AppError } from '../http/errors.js';
import type { DraftRecord } from '../storage/index.js';
import { changeControl, controlState, defineAction } from './define.js';
import { addServerNotes, type ServerNote } from './server-notes.js';
import { shuffled } from './shuffle.js';

async function notesFor(
  context: ActionContext,
  drafts: readonly DraftRecord[],
  reveal: RevealMode,
): Promise<ServerNote[]> {
  const written = drafts.filter((draft) => draft.text.trim() !== '');
  if (reveal === 'anonymous') {
    return shuffled(written).map((draft) => ({ text: draft.text.trim(), anonymous: true }));
  }
  const roles = new Map(
    (await context.storage.listParticipants(context.peer.workshopId)).map((p) => [p.id, p.role]),
  );
  return written.map((draft) => ({
    text: draft.text.trim(),
    anonymous: false,
    author: draft.participantId,
    authorRole: roles.get(draft.participantId) ?? null,
  }));
}

/**
 * Publish every draft of the round at once, as notes in the phase's area —
 * anonymous or attributed as the facilitator chose when starting — and
 * delete the drafts. Closing the round and taking its drafts is one storage
 * transaction, so a draft saved at the same moment is either revealed or
 * refused, never left behind.
 */
export const revealDrafts = defineAction({
  type: 'revealDrafts',
  allowed: 'facilitator',
  async run(context) {
    const { workshopId } = context.peer;
    const round = await context.storage.getOpenSilentRound(workshopId);
    if (!round) throw new AppError('NO_SILENT_WRITING', 'Silent writing is not under way');
    const announced = readSilentWriting((await controlState(context)).get(SILENT_WRITING_KEY));
    // Anonymous unless the facilitator said otherwise: the safe way round.
    const reveal = announced.active?.roundId === round.id ? announced.active.reveal : 'anonymous';
    const drafts = await context.storage.closeSilentRound(workshopId, round.id, context.now);
    if (!drafts) throw new AppError('NO_SILENT_WRITING', 'The drafts have been revealed already');
    const notes = await notesFor(context, drafts, reveal);
    await addServerNotes(context.rooms, workshopId, round.phase, notes, context.now);
    await changeControl(context, (state) => {
      state.set(SILENT_WRITING_KEY, {
        active: null,
        lastReveal: { phase: round.phase, reveal, revealedAt: context.now, notes: notes.length },
      });
    });
    return { notes: notes.length, reveal };
  },
});
