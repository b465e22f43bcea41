import { PHASE_IDS, type PhaseId } from '@moteplass/shared';
import { kindOf } from '../kinds';
import type { BoardItemEntry } from '../sync';

/**
 * The board's items as the list view shows them, by phase. Left out: the
 * phase frames and their prompts (the board's furniture, shown by the phase
 * panel), and the produce phase's action and indicator cards (their own list).
 */
export function listByPhase(items: readonly BoardItemEntry[]): Record<PhaseId, BoardItemEntry[]> {
  const result = Object.fromEntries(PHASE_IDS.map((phase) => [phase, []])) as unknown as Record<
    PhaseId,
    BoardItemEntry[]
  >;
  for (const entry of items) {
    const { item, id } = entry;
    if (kindOf(item).listed(id, item)) result[item.phase].push(entry);
  }
  return result;
}
