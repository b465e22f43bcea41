import {
  CONTROL_KEYS,
  isLanguage,
  isPhaseId,
  type Language,
  type PhaseId,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { useYMapSnapshot } from './ymap-store';

/** The workshop state the server keeps in the control doc (read-only for clients). */
export interface ControlState {
  /** null until the control doc has synced. */
  title: string | null;
  language: Language | null;
  phase: PhaseId;
  locked: boolean;
}

export function readControlState(map: Y.Map<unknown>): ControlState {
  const title = map.get(CONTROL_KEYS.title);
  const language = map.get(CONTROL_KEYS.language);
  const phase = map.get(CONTROL_KEYS.phase);
  return {
    title: typeof title === 'string' ? title : null,
    language: isLanguage(language) ? language : null,
    // Before the first sync (or if the server wrote nonsense) the board is in the first phase.
    phase: isPhaseId(phase) ? phase : 'explore',
    locked: map.get(CONTROL_KEYS.locked) === true,
  };
}

export function useControlState(map: Y.Map<unknown>): ControlState {
  return useYMapSnapshot(map, readControlState, false);
}
