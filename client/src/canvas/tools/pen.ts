import { stay, type Tool } from './types';

export type PenState = { mode: 'idle' } | { mode: 'drawing'; points: number[] };

/** Points in one stroke; the schema allows 20,000 numbers (10,000 points). */
export const MAX_STROKE_POINTS = 10_000;
/** Minimum travel between kept points, screen pixels: fewer points, same line. */
const STEP_PX = 2;

/** Pen: press, draw, release; the stroke becomes one drawing item. */
export const penTool: Tool<PenState> = {
  id: 'pen',
  initial: { mode: 'idle' },
  transition(state, event, ctx) {
    if (event.type === 'cancel')
      return { state: { mode: 'idle' }, effects: [{ type: 'preview', preview: null }] };
    if (event.type === 'down')
      return stay(
        ctx.readOnly ? state : { mode: 'drawing', points: [event.world.x, event.world.y] },
      );
    if (state.mode !== 'drawing') return stay(state);
    if (event.type === 'move') {
      const n = state.points.length;
      const lx = state.points[n - 2]!;
      const ly = state.points[n - 1]!;
      const far = Math.hypot(event.world.x - lx, event.world.y - ly) * ctx.scale >= STEP_PX;
      if (!far || n / 2 >= MAX_STROKE_POINTS) return stay(state);
      const points = [...state.points, event.world.x, event.world.y];
      return {
        state: { mode: 'drawing', points },
        effects: [{ type: 'preview', preview: { kind: 'stroke', points } }],
      };
    }
    const points = state.points;
    return {
      state: { mode: 'idle' },
      effects: [
        { type: 'preview', preview: null },
        ...(points.length >= 4
          ? [{ type: 'create' as const, spec: { kind: 'drawing' as const, points } }]
          : []),
      ],
    };
  },
};
