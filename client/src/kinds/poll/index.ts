import { LIMITS, pollBallotId } from '@moteplass/shared';
import type { ClientKind } from '../types';
import { drawPoll, POLL_STYLE } from './draw';
import { optionCounts } from './tallies';

export { ballotId, optionCounts, pollTallies } from './tallies';
export { POLL_STYLE } from './draw';
export { addPoll, pollFields, type NewPoll } from './add-poll';
export { PollForm } from './PollForm';

/**
 * A poll card: a question and 2–8 options, voted on through the ordinary
 * vote (`startVote {pollId}`, ballots `<pollId>:<option>`); its counts are
 * drawn and read out only after the vote has closed.
 */
export const poll: ClientKind<'poll'> = {
  type: 'poll',
  placement: 'box',
  draw: drawPoll,
  blockFill: () => POLL_STYLE.fill,
  words: (item) => item.question,
  connectable: true,
  edit: {
    key: 'question',
    max: LIMITS.titleLength,
    value: (item) => item.question,
    band: 70,
    fontPx: 22,
    background: () => POLL_STYLE.fill,
  },
  listed: () => true,
  ballot: (id, item) =>
    item.options.map((text, index) => ({ itemId: pollBallotId(id, index), text })),
  details(item, { id, tallies, t }) {
    const counts = optionCounts(id, item.options, tallies);
    return item.options
      .map((option, i) =>
        counts
          ? t('poll.optionWithVotes', { index: i + 1, option, count: counts[i] ?? 0 })
          : t('poll.option', { index: i + 1, option }),
      )
      .join('; ');
  },
};
