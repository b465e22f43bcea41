import { BREAKOUT_KEY, readBreakout, type BreakoutState } from '@moteplass/shared';
import type * as Y from 'yjs';
import { useYMapSnapshot } from '../sync';

const readState = (workshop: Y.Map<unknown>): BreakoutState | null =>
  readBreakout(workshop.get(BREAKOUT_KEY));

/** The breakout as the control document holds it (the server replaces it whole on each change). */
export function useBreakout(workshop: Y.Map<unknown>): BreakoutState | null {
  return useYMapSnapshot(workshop, readState, false);
}
