import { parsePollBallotId, type KindExportContext } from '@moteplass/shared';
import type { VoteRound } from './snapshot.js';

/**
 * What a kind's export rows may ask besides the item: how many dots a ballot
 * entry got. Undefined while no closed vote had that entry's poll on its
 * ballot (an open vote's tallies are nobody's to see, VOTE-2); 0 when one did
 * and nobody chose it.
 */
export function kindExportContext(itemId: string, votes: readonly VoteRound[]): KindExportContext {
  return {
    itemId,
    tally(ballotId) {
      const pollId = parsePollBallotId(ballotId)?.pollId;
      const rounds = votes.filter((round) => round.pollId !== undefined && round.pollId === pollId);
      if (rounds.length === 0) return undefined;
      return rounds.reduce(
        (sum, round) =>
          sum + (round.results.find((result) => result.itemId === ballotId)?.votes ?? 0),
        0,
      );
    },
  };
}
