import type { Point } from '../contract';
import { rectFromPoints, type Rect } from '../geometry';
import { stay, travelled, type Tool } from './types';

export type DraftState =
  { mode: 'idle' } | { mode: 'drafting'; start: Point; startScreen: Point; rect: Rect | null };

/** Size of a shape or frame placed with a click instead of a drag, world units. */
export const CLICK_SIZES = { shape: { w: 200, h: 120 }, frame: { w: 800, h: 600 } } as const;

/** Shape and frame: drag out a box (or click for the default size). */
function draftTool(kind: 'shape' | 'frame'): Tool<DraftState> {
  return {
    id: kind,
    initial: { mode: 'idle' },
    transition(state, event, ctx) {
      if (event.type === 'cancel')
        return { state: { mode: 'idle' }, effects: [{ type: 'preview', preview: null }] };
      if (event.type === 'down')
        return stay(
          ctx.readOnly
            ? state
            : { mode: 'drafting', start: event.world, startScreen: event.screen, rect: null },
        );
      if (state.mode !== 'drafting') return stay(state);
      const dragged = travelled(state.startScreen, event.screen);
      if (event.type === 'move') {
        if (!dragged) return stay(state);
        const rect = rectFromPoints(state.start, event.world);
        return {
          state: { ...state, rect },
          effects: [{ type: 'preview', preview: { kind: 'draft', rect, itemType: kind } }],
        };
      }
      const size = CLICK_SIZES[kind];
      const rect = dragged
        ? rectFromPoints(state.start, event.world)
        : { x: state.start.x - size.w / 2, y: state.start.y - size.h / 2, ...size };
      return {
        state: { mode: 'idle' },
        effects: [
          { type: 'preview', preview: null },
          { type: 'create', spec: { kind, rect } },
        ],
      };
    },
  };
}

export const shapeTool = draftTool('shape');
export const frameTool = draftTool('frame');
