import { readVoteResults, VOTE_RESULTS_KEY } from '@moteplass/shared';
import type * as Y from 'yjs';
import { pollTallies } from '../kinds';

/**
 * The closed votes' counts by ballot id, followed from the control document,
 * for the cards that draw results (a poll). Only `voteResults` is read: an
 * open vote's counts are never in the document (VOTE-2, KINDUI-2).
 */
export class ClosedTallies {
  current: ReadonlyMap<string, number> = new Map();
  private key = '';

  /** Follow `control` (absent in tests that build a canvas from a board alone); calls `changed`. */
  follow(control: Y.Map<unknown> | undefined, changed: () => void): () => void {
    if (!control) return () => {};
    const read = () => {
      const value = control.get(VOTE_RESULTS_KEY);
      const tallies = pollTallies(readVoteResults(value));
      const key = JSON.stringify([...tallies]);
      if (key === this.key) return;
      this.key = key;
      this.current = tallies;
      changed();
    };
    read();
    control.observe(read);
    return () => control.unobserve(read);
  }
}
