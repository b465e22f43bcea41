/**
 * A poll's options on a vote's ballot: `<pollId>:<optionIndex>`. A vote is
 * either on a poll's options or on notes, never both, so these ids are read
 * only against their own poll. A poll id is at most 61 characters, so a
 * ballot id fits the 64 of `castVote {itemId}`.
 */
export const POLL_ID_MAX_LENGTH = 61;

export function pollBallotId(pollId: string, optionIndex: number): string {
  return `${pollId}:${optionIndex}`;
}

/** The poll id and option index of a ballot id, or null when it is no poll option's. */
export function parsePollBallotId(
  ballotId: string,
): { pollId: string; optionIndex: number } | null {
  const match = /^(.+):(\d{1,2})$/.exec(ballotId);
  if (!match?.[1] || match[2] === undefined) return null;
  return { pollId: match[1], optionIndex: Number(match[2]) };
}

/** The ballot of a vote on poll `pollId`: one id per option, in the card's order. */
export function pollBallot(pollId: string, poll: { options: readonly string[] }): string[] {
  return poll.options.map((_option, index) => pollBallotId(pollId, index));
}
