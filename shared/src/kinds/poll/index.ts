import { Type } from '@sinclair/typebox';
import { LIMITS } from '../../limits.js';
import { kindFields } from '../fields.js';
import { CARD_STYLE } from '../../board/palette.js';
import { defineKind } from '../kind.js';
import { pollBallotId } from './ballot.js';

/** Most options a poll card offers. */
export const POLL_MAX_OPTIONS = 8;
/** Fewest options a poll card offers. */
export const POLL_MIN_OPTIONS = 2;

/**
 * A poll card: one question with 2–8 options. People vote on its options
 * through the ordinary vote rules (`startVote {pollId}`, ballot ids
 * `<pollId>:<optionIndex>`), so tallies stay hidden until the vote closes
 * (POLL-2) and live in `voteResults` like any other vote's.
 */
export const PollItemSchema = Type.Object({
  ...kindFields('poll', 1),
  question: Type.String({ maxLength: LIMITS.titleLength }),
  options: Type.Array(Type.String({ maxLength: LIMITS.cardFieldLength }), {
    minItems: POLL_MIN_OPTIONS,
    maxItems: POLL_MAX_OPTIONS,
  }),
});

export const pollKind = defineKind({
  type: 'poll',
  schema: PollItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ question: '', options: ['', ''] }),
  plainText: (item) => [item.question, ...item.options].filter(Boolean).join('\n'),
  traits: {},
  pictureLook: () => ({ fill: CARD_STYLE.poll.fill, edge: CARD_STYLE.poll.stroke }),
  ballot: (item) => item.options,
  exports: {
    // One row per option, so a spreadsheet can sum and chart the tallies.
    csvRows: (item, _words, context) =>
      item.options.map((option, index) => ({
        pollOption: option,
        pollTally: String(context.tally(pollBallotId(context.itemId, index)) ?? ''),
      })),
    reportTable: {
      heading: (words) => words.itemKinds.poll.heading,
      columns: ({ itemKinds: { poll } }) => [poll.question, poll.option, poll.tally],
      numeric: [false, false, true],
      rows: (item, words, context) =>
        item.options.map((option, index) => [
          index === 0 ? item.question : '',
          option,
          String(context.tally(pollBallotId(context.itemId, index)) ?? words.itemKinds.poll.open),
        ]),
    },
  },
});
