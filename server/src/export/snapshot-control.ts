import {
  AIRTIME_KEY,
  ROLES,
  VOTE_RESULTS_KEY,
  readAirtime,
  readVoteResults,
  type BoardItem,
  type ImportedHistory,
  type Role,
} from '@moteplass/shared';
import type { AirtimeByRole, VoteRound } from './snapshot.js';

/**
 * The parts of the snapshot that come from the control document (closed
 * votes, airtime), each added to what an imported workshop brought along.
 */
const zeroByRole = () => Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
const timeOf = (iso: string) => Date.parse(iso);

export function historyVotes(history: ImportedHistory | null): VoteRound[] {
  return (history?.votes ?? []).map((vote) => ({
    ...(vote.phase ? { phase: vote.phase } : {}),
    ...(vote.dotsPerParticipant !== undefined
      ? { dotsPerParticipant: vote.dotsPerParticipant }
      : {}),
    ...(vote.voters !== undefined ? { voters: vote.voters } : {}),
    ...(vote.closedAt ? { closedAt: timeOf(vote.closedAt) } : {}),
    ...(vote.pollId ? { pollId: vote.pollId } : {}),
    results: vote.results,
  }));
}

export function liveVotes(
  control: Record<string, unknown>,
  items: readonly { id: string; item: BoardItem }[],
): VoteRound[] {
  return readVoteResults(control[VOTE_RESULTS_KEY]).map((vote) => {
    // A vote on a frame's notes belongs to the frame's phase, a poll's vote to the poll's.
    const on = vote.pollId ?? vote.frameId;
    const scope = on ? items.find((entry) => entry.id === on) : undefined;
    const phase = vote.phase ?? scope?.item.phase;
    return {
      ...(phase ? { phase } : {}),
      ...(vote.pollId ? { pollId: vote.pollId } : {}),
      dotsPerParticipant: vote.dotsPerParticipant,
      voters: vote.voters,
      closedAt: vote.closedAt,
      results: vote.tallies.map((tally) => ({ itemId: tally.itemId, votes: tally.count })),
    };
  });
}

export function airtimeOf(
  control: Record<string, unknown>,
  history: ImportedHistory | null,
): AirtimeByRole {
  const live = readAirtime(control[AIRTIME_KEY]);
  const byRole = zeroByRole();
  for (const role of ROLES) {
    byRole[role] = live.byRole[role] + (history?.airtime.byRole[role] ?? 0);
  }
  const liveTurns = Object.values(live.byParticipant).reduce((sum, entry) => sum + entry.turns, 0);
  return {
    byRole,
    withoutRoleMs: live.withoutRoleMs + (history?.airtime.withoutRoleMs ?? 0),
    turns: liveTurns + (history?.airtime.turns ?? 0),
  };
}
