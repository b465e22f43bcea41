import type { Point } from '../contract';
import { stay, travelled, type Tool } from './types';

export type PlaceState = { mode: 'idle' } | { mode: 'pressing'; startScreen: Point };

/**
 * Note and text: a click places a new item centred on the pointer (a drag
 * that wanders off is a change of mind). The canvas then opens its editor.
 */
function placeTool(kind: 'note' | 'text'): Tool<PlaceState> {
  return {
    id: kind,
    initial: { mode: 'idle' },
    transition(state, event, ctx) {
      if (event.type === 'cancel') return stay({ mode: 'idle' });
      if (event.type === 'down')
        return stay(ctx.readOnly ? state : { mode: 'pressing', startScreen: event.screen });
      if (event.type === 'up' && state.mode === 'pressing') {
        if (travelled(state.startScreen, event.screen)) return stay({ mode: 'idle' });
        return {
          state: { mode: 'idle' },
          effects: [{ type: 'create', spec: { kind, at: event.world } }],
        };
      }
      return stay(state);
    },
  };
}

export const noteTool = placeTool('note');
export const textTool = placeTool('text');
