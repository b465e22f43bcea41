import {
  BOARD_ITEMS,
  BREAKOUT_KEY,
  ballotScopeFor,
  runningBreakout,
  CONTROL_ROOT,
  VOTE_KEY,
  isOnBallot,
  kindHas,
  kindOfItem,
  parseBoardItem,
  parsePollBallotId,
  pollBallotId,
  readOpenVote,
  type BoardItem,
  type KindTraits,
} from '@moteplass/shared';
import type { ActionContext } from '../actions/types.js';
import { authorshipOf, itemFields } from '../rooms/validation/index.js';
import { AppError } from '../http/errors.js';
import type { VoteRecord } from '../storage/index.js';
import { controlState } from './define.js';
import { scopeOf } from './vote-scope.js';

/** One item of the board as the server holds it, validated; null when missing or malformed. */
export async function boardItem(context: ActionContext, itemId: string): Promise<BoardItem | null> {
  const board = await context.rooms.get(context.peer.workshopId, 'board');
  // Never `toJSON()`: a damaged stored item may nest thousands of levels (BOARD-5).
  return parseBoardItem(itemFields(board.doc.getMap<unknown>(BOARD_ITEMS).get(itemId)));
}

/**
 * Whether the caller made this item (BOARD-4): its `author`, which no client
 * can change after creation, or the server's own record of the socket that
 * created it. Anonymous notes are the server's and have neither.
 */
async function isOwnItem(
  context: ActionContext,
  item: BoardItem,
  itemId: string,
): Promise<boolean> {
  const me = context.peer.participantId;
  if (item.author === me) return true;
  const board = await context.rooms.get(context.peer.workshopId, 'board');
  return authorshipOf(board.doc).authorOf(itemId) === me;
}

/** The open vote, or NO_OPEN_VOTE. Storage, not the control document, is the truth. */
export async function requireOpenVote(context: ActionContext): Promise<VoteRecord> {
  const vote = await context.storage.equality.getOpenVote(context.peer.workshopId);
  if (!vote) throw new AppError('NO_OPEN_VOTE', 'No vote is open');
  return vote;
}

/** Refuse an item that is not on the vote's ballot, or the caller's own note when that is forbidden. */
export async function checkBallot(
  context: ActionContext,
  vote: VoteRecord,
  itemId: string,
): Promise<void> {
  const shown = scopeOf(vote);
  if (shown.pollId !== null) return checkPollOption(context, shown.pollId, itemId);
  const scope = ballotScopeFor(
    shown,
    runningBreakout((await controlState(context)).get(BREAKOUT_KEY)),
    context.peer.participantId,
  );
  // GROUPEQ-4: a group's vote is its members' only, each on their own group's frame.
  if (!scope) throw new AppError('NOT_IN_GROUP', "This vote is for another group's members");
  const item = await boardItem(context, itemId);
  const frame = scope.frameId === null ? null : await boardItem(context, scope.frameId);
  if (!item || !isOnBallot(item, scope, frame)) {
    throw new AppError('ITEM_NOT_VOTABLE', 'That item is not on the ballot');
  }
  // Anonymous notes carry no author, so nobody — the server included — can tell whose they are.
  if (vote.forbidOwnNotes && (await isOwnItem(context, item, itemId))) {
    throw new AppError('OWN_NOTE_VOTE_FORBIDDEN', 'In this vote you cannot vote on your own notes');
  }
}

/** Whether `item` exists and its kind has `trait` (a frame is a container). */
export function hasTrait(item: BoardItem | null, trait: keyof KindTraits): boolean {
  return item !== null && kindHas(item.type, trait);
}

/** The choices of the item a vote would be on (a poll's options); null when it has none. */
export async function ballotOf(
  context: ActionContext,
  itemId: string,
): Promise<readonly string[] | null> {
  const item = await boardItem(context, itemId);
  if (!item) return null;
  const ballot = kindOfItem(item).ballot;
  return ballot ? ballot(item) : null;
}

/** POLL-1: on a poll's vote only `<pollId>:<index>` of one of its options counts. */
async function checkPollOption(
  context: ActionContext,
  pollId: string,
  ballotId: string,
): Promise<void> {
  const parsed = parsePollBallotId(ballotId);
  const choices = await ballotOf(context, pollId);
  const valid =
    parsed !== null &&
    parsed.pollId === pollId &&
    pollBallotId(pollId, parsed.optionIndex) === ballotId &&
    choices !== null &&
    parsed.optionIndex < choices.length;
  if (!valid) throw new AppError('ITEM_NOT_VOTABLE', 'That is not an option of the poll');
}

/**
 * Publish how many have voted and how many have used every dot — never counts
 * per note (VOTE-2). The figures are read from storage inside the control
 * room's exclusive step, not taken from the cast that triggered this: with
 * several instances a later cast may publish first, and an older count must
 * not overwrite a newer one.
 */
export async function publishProgress(context: ActionContext, voteId: string): Promise<void> {
  const { workshopId } = context.peer;
  await context.rooms.exclusively(workshopId, 'control', async (room) => {
    const progress = await context.storage.equality.voteProgress(workshopId, voteId);
    if (!progress) return;
    await room.change((doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      const shown = readOpenVote(state.get(VOTE_KEY));
      if (!shown || shown.voteId !== voteId) return;
      if (shown.voters === progress.voters && shown.votersDone === progress.votersDone) return;
      state.set(VOTE_KEY, { ...shown, ...progress });
    });
  });
}
