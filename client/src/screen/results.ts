import {
  openPhaseEntry,
  sortTallies,
  type BoardItem,
  type OpenVote,
  type PhaseLogEntry,
  type ReflectionState,
  type SilentWritingState,
  type VoteResult,
} from '@moteplass/shared';
import { ballotText } from '../kinds';

/** One note in a closed vote's results as the room sees it. */
export interface RankedNote {
  /** 1 for the most dots; notes with as many dots share a rank (1, 1, 3). */
  rank: number;
  itemId: string;
  /** The note's text, or null when the note was deleted since. */
  text: string | null;
  dots: number;
}

export interface RankedResults {
  notes: RankedNote[];
  /** Notes with dots beyond `limit`, not shown. */
  more: number;
  voters: number;
}

/**
 * A closed vote's notes, most dots first, ranked the way a room counts
 * (equal dots, equal rank; the next rank skips), at most `limit` of them.
 */
export function rankResults(
  result: VoteResult,
  items: ReadonlyMap<string, BoardItem>,
  limit: number,
): RankedResults {
  const sorted = sortTallies(result.tallies);
  const notes: RankedNote[] = [];
  let rank = 0;
  let previous: number | null = null;
  sorted.forEach((tally, index) => {
    if (tally.count !== previous) rank = index + 1;
    previous = tally.count;
    if (notes.length >= limit) return;
    const text = ballotText(tally.itemId, items);
    notes.push({ rank, itemId: tally.itemId, text, dots: tally.count });
  });
  return { notes, more: sorted.length - notes.length, voters: result.voters };
}

/**
 * The closed vote the shared screen shows: the last one, until the
 * facilitator moves on — a new vote, a new phase or a silent-writing round
 * started after it closed.
 */
export function resultOnScreen(
  results: readonly VoteResult[],
  openVote: OpenVote | null,
  phaseLog: readonly PhaseLogEntry[],
  silent: SilentWritingState,
): VoteResult | null {
  const last = results.at(-1);
  if (!last || openVote) return null;
  const phaseStarted = openPhaseEntry(phaseLog)?.startedAt ?? 0;
  if (phaseStarted > last.closedAt) return null;
  if (silent.active && silent.active.startedAt > last.closedAt) return null;
  return last;
}

/**
 * What the shared screen shows of the process reflection: an open round (its
 * count only), or a closed round's results until the facilitator moves on —
 * a new phase started after it closed, an open vote, or a vote closed after
 * it (then the vote's results are the newer news).
 */
export function reflectionOnScreen(
  round: ReflectionState | null,
  openVote: OpenVote | null,
  lastVote: VoteResult | null,
  phaseLog: readonly PhaseLogEntry[],
): ReflectionState | null {
  if (!round || openVote) return null;
  if (round.status === 'open') return round;
  const closedAt = round.closedAt ?? round.openedAt;
  if (!round.results) return null;
  if ((openPhaseEntry(phaseLog)?.startedAt ?? 0) > closedAt) return null;
  if (lastVote && lastVote.closedAt > closedAt) return null;
  return round;
}
