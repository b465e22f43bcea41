import { AGENDA_KEY, readAgenda, type AgendaState } from '@moteplass/shared';
import type * as Y from 'yjs';
import { useYMapSnapshot } from '../sync';

const read = (map: Y.Map<unknown>): AgendaState | null => readAgenda(map.get(AGENDA_KEY));

/** The agenda the server keeps in the control document; null when the workshop has none. */
export function useAgenda(workshop: Y.Map<unknown>): AgendaState | null {
  return useYMapSnapshot(workshop, read, false);
}
