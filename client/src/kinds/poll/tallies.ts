import { parsePollBallotId, pollBallotId, type VoteResult } from '@moteplass/shared';

/** A poll's ballot id for one option: votes are cast on `<pollId>:<optionIndex>`. */
export const ballotId = pollBallotId;

/**
 * Counts by ballot id from the closed votes, the latest vote on each poll
 * winning (a poll voted on twice shows the second result). An open vote is
 * never here: its counts are not in the control document (VOTE-2).
 */
export function pollTallies(results: readonly VoteResult[]): Map<string, number> {
  const latest = new Map<string, VoteResult>();
  for (const result of results)
    for (const { itemId } of result.tallies) {
      const ballot = parsePollBallotId(itemId);
      if (ballot) latest.set(ballot.pollId, result);
    }
  const counts = new Map<string, number>();
  for (const [pollId, result] of latest)
    for (const { itemId, count } of result.tallies)
      if (itemId.startsWith(`${pollId}:`)) counts.set(itemId, count);
  return counts;
}

/** One poll's counts per option, or null when no closed vote has counted it. */
export function optionCounts(
  pollId: string,
  options: readonly string[],
  tallies: ReadonlyMap<string, number> | undefined,
): number[] | null {
  if (!tallies) return null;
  const counts = options.map((_, i) => tallies.get(ballotId(pollId, i)) ?? 0);
  return counts.some((n) => n > 0) ? counts : null;
}
