import {
  VOTE_KEY,
  VOTE_LIMITS,
  VOTE_RESULTS_KEY,
  readVoteResults,
  type OpenVote,
  type VoteResult,
} from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import { ballotOf, boardItem, hasTrait, requireOpenVote } from './ballot.js';
import { changeControl, controlState, currentPhase, defineAction, newId } from './define.js';
import { groupVoteScope } from './group-scope.js';
import { scopeOf, storedScope, type VoteScopeShown } from './vote-scope.js';

/** The scope as the control document shows it; `pollId` only on a poll's vote, group fields only on a group's. */
const shownScope = ({ pollId, groupId, allGroups, ...rest }: VoteScopeShown) => ({
  ...rest,
  ...(pollId !== null ? { pollId } : {}),
  ...(groupId !== undefined ? { groupId } : {}),
  ...(allGroups ? { allGroups } : {}),
});

/**
 * The facilitator opens a dot vote on a phase's notes (the current phase by
 * default), on the notes inside a frame, or on a poll card's options (POLL-1),
 * with the same number of dots for everyone. At most one vote is open;
 * storage decides that.
 */
export const startVote = defineAction({
  type: 'startVote',
  allowed: 'facilitator',
  async run(context, body) {
    const { dotsPerParticipant, phase, frameId, pollId, forbidOwnNotes } = body;
    if (pollId !== undefined && (frameId !== undefined || phase !== undefined)) {
      throw new AppError('BAD_REQUEST', 'A vote is on a poll, a frame or a phase: give one');
    }
    const grouped = await groupVoteScope(context, body);
    if (frameId !== undefined && !hasTrait(await boardItem(context, frameId), 'container')) {
      throw new AppError('BAD_REQUEST', 'No such frame on the board');
    }
    if (pollId !== undefined && !(await ballotOf(context, pollId))) {
      throw new AppError('BAD_REQUEST', 'No such poll on the board');
    }
    const scope: VoteScopeShown = grouped
      ? grouped
      : pollId
        ? { phase: null, frameId: null, pollId }
        : frameId
          ? { phase: null, frameId, pollId: null }
          : {
              phase: phase ?? currentPhase(await controlState(context)),
              frameId: null,
              pollId: null,
            };
    const vote = {
      id: newId(),
      workshopId: context.peer.workshopId,
      dotsPerParticipant,
      ...storedScope(scope),
      // A poll's options have no author.
      forbidOwnNotes: pollId ? false : (forbidOwnNotes ?? false),
      openedAt: context.now,
      closedAt: null,
      result: null,
    };
    if (!(await context.storage.equality.openVote(vote))) {
      throw new AppError('VOTE_ALREADY_OPEN', 'Close the open vote first');
    }
    const shown: OpenVote = {
      voteId: vote.id,
      ...shownScope(scope),
      dotsPerParticipant,
      forbidOwnNotes: vote.forbidOwnNotes,
      openedAt: vote.openedAt,
      voters: 0,
      votersDone: 0,
    };
    await changeControl(context, (state) => state.set(VOTE_KEY, shown));
    return { voteId: vote.id };
  },
});

/** Close the vote and publish the tallies; they stay in `voteResults` for the export. */
export const closeVote = defineAction({
  type: 'closeVote',
  allowed: 'facilitator',
  async run(context) {
    const open = await requireOpenVote(context);
    const closed = await context.storage.equality.closeVote(
      context.peer.workshopId,
      open.id,
      context.now,
    );
    if (!closed?.result) throw new AppError('NO_OPEN_VOTE', 'The vote was closed already');
    const result: VoteResult = {
      voteId: closed.id,
      ...shownScope(scopeOf(closed)),
      dotsPerParticipant: closed.dotsPerParticipant,
      forbidOwnNotes: closed.forbidOwnNotes,
      openedAt: closed.openedAt,
      closedAt: context.now,
      voters: closed.result.voters,
      tallies: closed.result.tallies,
    };
    await changeControl(context, (state) => {
      const results = [...readVoteResults(state.get(VOTE_RESULTS_KEY)), result];
      state.set(VOTE_RESULTS_KEY, results.slice(-VOTE_LIMITS.maxResultsKept));
      state.set(VOTE_KEY, null);
    });
    return { voteId: result.voteId, voters: result.voters, tallies: result.tallies };
  },
});
