import type { WorkshopSummary } from '@moteplass/shared';
import { useEffect, useState } from 'react';
import { fetchWorkshopSummary } from './workshops';

export type SummaryState =
  | { status: 'loading' }
  | { status: 'ready'; summary: WorkshopSummary }
  | { status: 'error'; error: unknown };

/**
 * Summaries already fetched in this page's life: going from the join page to
 * the board then keeps the title and language at once (no flash of nb text).
 */
const known = new Map<string, WorkshopSummary>();

function initial(workshopId: string): SummaryState {
  const summary = known.get(workshopId);
  return summary ? { status: 'ready', summary } : { status: 'loading' };
}

/** The public facts of a workshop (title, language). */
export function useWorkshopSummary(workshopId: string): SummaryState {
  const [state, setState] = useState(() => ({ id: workshopId, value: initial(workshopId) }));

  useEffect(() => {
    if (known.has(workshopId)) return;
    const controller = new AbortController();
    fetchWorkshopSummary(workshopId, controller.signal).then(
      (summary) => {
        known.set(workshopId, summary);
        setState({ id: workshopId, value: { status: 'ready', summary } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ id: workshopId, value: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [workshopId]);

  // An answer for another id than the one asked for now does not count.
  return state.id === workshopId ? state.value : initial(workshopId);
}
