import {
  BOARD_ITEMS,
  BREAKOUT_KEY,
  SILENT_WRITING_KEY,
  readBreakout,
  readSilentWriting,
  type BreakoutState,
  type RevealMode,
  type SilentRound,
} from '@moteplass/shared';
import * as Y from 'yjs';
import type { ActionContext } from '../actions/types.js';
import { AppError } from '../http/errors.js';
import type { DraftRecord } from '../storage/index.js';
import { changeControl, controlState, defineAction, newId } from './define.js';
import { addServerNotes, type ServerNote } from './server-notes.js';
import { shuffled } from './shuffle.js';

async function notesFor(
  context: ActionContext,
  drafts: readonly DraftRecord[],
  reveal: RevealMode,
  placeOf: (participantId: string) => { frameId?: string; group?: string },
): Promise<ServerNote[]> {
  const written = drafts.filter((draft) => draft.text.trim() !== '');
  if (reveal === 'anonymous') {
    // In a group's frame, but never carrying the group (BREAK-5).
    return shuffled(written).map((draft) => {
      const { frameId } = placeOf(draft.participantId);
      return { text: draft.text.trim(), anonymous: true, ...(frameId ? { frameId } : {}) };
    });
  }
  const roles = new Map(
    (await context.storage.workshops.listParticipants(context.peer.workshopId)).map((p) => [
      p.id,
      p.role,
    ]),
  );
  return written.map((draft) => ({
    text: draft.text.trim(),
    anonymous: false,
    author: draft.participantId,
    authorRole: roles.get(draft.participantId) ?? null,
    ...placeOf(draft.participantId),
  }));
}

/**
 * Publish every draft of the round at once, as notes in the phase's area —
 * anonymous or attributed as the facilitator chose when starting — and
 * delete the drafts (DRAFT-2). Three steps, so nothing is lost:
 * 1. claim: one storage transaction closes the round and takes its drafts
 *    without deleting them, so a draft saved at the same moment is either
 *    revealed or refused, and a second reveal meanwhile is refused;
 * 2. the notes are stored on the board (stored before relayed);
 * 3. only then the drafts are deleted and the round marked revealed.
 * If step 2 fails, the claim is given back and the drafts stay (private,
 * fixed); the facilitator's retry finds the closed round and reveals them.
 * Step 2 is checked against storage itself, not only the room's word: a room
 * that stopped storing without saying so must not cost the drafts' text.
 */
export const revealDrafts = defineAction({
  type: 'revealDrafts',
  allowed: 'facilitator',
  async run(context) {
    const { workshopId } = context.peer;
    const claimId = newId();
    const claim = await context.storage.equality.claimReveal(workshopId, claimId, context.now);
    if (claim.status === 'none') {
      throw new AppError('NO_SILENT_WRITING', 'Silent writing is not under way');
    }
    if (claim.status === 'busy') {
      throw new AppError('NO_SILENT_WRITING', 'The drafts are being revealed already');
    }
    const { round, drafts } = claim;
    let reveal: RevealMode;
    let notes: ServerNote[];
    try {
      const state = await controlState(context);
      const announced = readSilentWriting(state.get(SILENT_WRITING_KEY));
      const active = announced.active?.roundId === round.id ? announced.active : null;
      // Anonymous unless the facilitator said otherwise: the safe way round.
      reveal = active?.reveal ?? 'anonymous';
      const placeOf = groupPlaces(active, readBreakout(state.get(BREAKOUT_KEY)));
      notes = await notesFor(context, drafts, reveal, placeOf);
      const ids = await addServerNotes(context.rooms, workshopId, round.phase, notes, context.now);
      if (!(await allStored(context, ids))) {
        throw new AppError('UNAVAILABLE', 'The notes could not be stored; the drafts are kept');
      }
    } catch (error) {
      // No note is stored (the room drops a change it could not store), so a
      // retry may publish them all. If this fails too, the claim runs out
      // after REVEAL_CLAIM_MS instead.
      await context.storage.equality
        .releaseReveal(workshopId, round.id, claimId)
        .catch(() => undefined);
      throw error;
    }
    // The notes are on the board: from here on the claim is kept if anything
    // fails, so a retry cannot publish them twice before it runs out.
    await context.storage.equality.finishReveal(workshopId, round.id, claimId, context.now);
    await changeControl(context, (state) => {
      state.set(SILENT_WRITING_KEY, {
        active: null,
        lastReveal: { phase: round.phase, reveal, revealedAt: context.now, notes: notes.length },
      });
    });
    return { notes: notes.length, reveal };
  },
});

/**
 * Where a group round's drafts go: each into its author's group frame,
 * carrying the group (GROUPEQ-5); a whole-room round's into the phase's area.
 */
function groupPlaces(
  active: SilentRound | null,
  breakout: BreakoutState | null,
): (participantId: string) => { frameId?: string; group?: string } {
  if (!active || (active.groupId === undefined && !active.allGroups) || !breakout)
    return () => ({});
  return (participantId) => {
    const group = breakout.groups.find((g) => g.members.includes(participantId));
    return group ? { frameId: group.frameId, group: group.id } : {};
  };
}

/**
 * Are these board items in what storage holds (DRAFT-2)? Read back before
 * the drafts are deleted: a reveal is rare, a lost draft is not recoverable.
 */
async function allStored(context: ActionContext, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const stored = await context.storage.documents.load(context.peer.workshopId, 'board');
  const doc = new Y.Doc();
  try {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    const items = doc.getMap<unknown>(BOARD_ITEMS);
    return ids.every((id) => items.has(id));
  } finally {
    doc.destroy();
  }
}
