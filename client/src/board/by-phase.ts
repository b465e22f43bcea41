import {
  PHASE_IDS,
  type ActionCardItem,
  type IndicatorItem,
  type PhaseId,
} from '@moteplass/shared';
import { isActionCard, isIndicator, isNote } from '../kinds';
import type { BoardItemEntry } from '../sync';
import type { CardEntry } from './ProduceCards';
import type { NoteEntry } from './NoteList';

export interface BoardByPhase {
  notes: Record<PhaseId, NoteEntry[]>;
  actions: CardEntry<ActionCardItem>[];
  indicators: CardEntry<IndicatorItem>[];
  /** What each phase holds (notes and cards; not the frames and prompts). */
  counts: Record<PhaseId, number>;
}

const perPhase = <T>(make: () => T) =>
  Object.fromEntries(PHASE_IDS.map((phase) => [phase, make()])) as Record<PhaseId, T>;

/** The board's content sorted into its phases, in the order the items were made. */
export function boardByPhase(items: readonly BoardItemEntry[]): BoardByPhase {
  const result: BoardByPhase = {
    notes: perPhase((): NoteEntry[] => []),
    actions: [],
    indicators: [],
    counts: perPhase(() => 0),
  };
  for (const { id, item } of items) {
    if (isNote(item)) result.notes[item.phase].push({ id, note: item });
    else if (isActionCard(item)) result.actions.push({ id, card: item });
    else if (isIndicator(item)) result.indicators.push({ id, card: item });
    else continue;
    result.counts[item.phase] += 1;
  }
  return result;
}
