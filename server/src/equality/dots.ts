import type { MyVotesReply } from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import type { VoteRecord } from '../storage/index.js';
import { checkBallot, publishProgress, requireOpenVote } from './ballot.js';
import { defineAction } from './define.js';

const mine = (vote: VoteRecord, dots: string[]): MyVotesReply => ({
  voteId: vote.id,
  dots,
  remaining: Math.max(0, vote.dotsPerParticipant - dots.length),
});

/**
 * One dot on a note. The budget is enforced in one storage transaction, so a
 * burst of casts — from one client, or through several instances — never
 * exceeds it (VOTE-1). The reply tells the voter their own dots; nobody else
 * learns them.
 */
export const castVote = defineAction({
  type: 'castVote',
  allowed: 'member',
  async run(context, { itemId }) {
    const vote = await requireOpenVote(context);
    await checkBallot(context, vote, itemId);
    const { workshopId, participantId } = context.peer;
    const outcome = await context.storage.equality.castDot(
      workshopId,
      vote.id,
      participantId,
      itemId,
    );
    if (outcome.status === 'closed') throw new AppError('NO_OPEN_VOTE', 'The vote has closed');
    if (outcome.status === 'exhausted') {
      throw new AppError('VOTE_BUDGET_EXHAUSTED', 'You have used all your dots');
    }
    await publishProgress(context, vote.id);
    return mine(vote, outcome.dots);
  },
});

export const retractVote = defineAction({
  type: 'retractVote',
  allowed: 'member',
  async run(context, { itemId }) {
    const vote = await requireOpenVote(context);
    const { workshopId, participantId } = context.peer;
    const outcome = await context.storage.equality.retractDot(
      workshopId,
      vote.id,
      participantId,
      itemId,
    );
    if (outcome.status === 'closed') throw new AppError('NO_OPEN_VOTE', 'The vote has closed');
    if (outcome.status === 'none') {
      throw new AppError('NO_DOT_TO_RETRACT', 'You have no dot on that note');
    }
    await publishProgress(context, vote.id);
    return mine(vote, outcome.dots);
  },
});

export { mine as myVotes };
