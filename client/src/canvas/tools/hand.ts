import type { Point } from '../contract';
import { stay, type Tool } from './types';

export type HandState = { mode: 'idle' } | { mode: 'panning'; last: Point };

/** Hand: drag to pan (also what space+drag and a drag on a locked board's empty space do). */
export const handTool: Tool<HandState> = {
  id: 'hand',
  initial: { mode: 'idle' },
  transition(state, event) {
    if (event.type === 'cancel' || event.type === 'up') return stay({ mode: 'idle' });
    if (event.type === 'down') return stay({ mode: 'panning', last: event.screen });
    if (state.mode !== 'panning') return stay(state);
    return {
      state: { mode: 'panning', last: event.screen },
      effects: [
        { type: 'pan', dx: event.screen.x - state.last.x, dy: event.screen.y - state.last.y },
      ],
    };
  },
};
