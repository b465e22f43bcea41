import { AIRTIME_KEY, SPEAKING_KEY, readAirtime, readSpeaking } from '@moteplass/shared';
import type * as Y from 'yjs';
import type { Floor } from './turns.js';

/** The speaking state and airtime as the control map holds them. */
export function readFloor(state: Y.Map<unknown>): Floor {
  return {
    speaking: readSpeaking(state.get(SPEAKING_KEY)),
    airtime: readAirtime(state.get(AIRTIME_KEY)),
  };
}
