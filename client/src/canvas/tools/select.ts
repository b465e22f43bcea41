import type { Point } from '../contract';
import { rectFromPoints, type Rect } from '../geometry';
import { resizedRects, startResize, type ResizeGesture } from './resize';
import { stay, travelled, type Step, type Tool, type ToolContext, type ToolEvent } from './types';

export type SelectState =
  | { mode: 'idle' }
  | { mode: 'pressing'; start: Point; startScreen: Point; ids: string[] }
  | { mode: 'moving'; start: Point; ids: string[]; dx: number; dy: number }
  | { mode: 'boxing'; start: Point; base: string[] }
  | { mode: 'resizing'; gesture: ResizeGesture; current: ReadonlyMap<string, Rect> };

const idle: SelectState = { mode: 'idle' };

function down(event: Extract<ToolEvent, { type: 'down' }>, ctx: ToolContext): Step<SelectState> {
  const { selection } = ctx;
  if (event.handle && selection.length > 0 && !ctx.readOnly) {
    const gesture = startResize(selection, event.handle, event.world, ctx);
    if (gesture)
      return { state: { mode: 'resizing', gesture, current: gesture.originals }, effects: [] };
  }
  if (event.hit) {
    const hit = event.hit;
    if (event.clicks >= 2 && !ctx.readOnly)
      return {
        state: idle,
        effects: [
          { type: 'select', ids: [hit] },
          { type: 'edit', id: hit },
        ],
      };
    let ids: string[];
    if (event.shift)
      ids = selection.includes(hit) ? selection.filter((id) => id !== hit) : [...selection, hit];
    else ids = selection.includes(hit) ? [...selection] : [hit];
    const pressed = ids.includes(hit) ? ids : [];
    return {
      state: { mode: 'pressing', start: event.world, startScreen: event.screen, ids: pressed },
      effects: [{ type: 'select', ids }],
    };
  }
  const base = event.shift ? [...selection] : [];
  return {
    state: { mode: 'boxing', start: event.world, base },
    effects: event.shift ? [] : [{ type: 'select', ids: [] }],
  };
}

/**
 * Select: click, shift-click, box select, move, resize by the corner handles
 * of the selection's box (all selected items scale together, `resize.ts`),
 * double-click to edit. A locked board still selects (to read and copy), but
 * never moves or resizes.
 */
export const selectTool: Tool<SelectState> = {
  id: 'select',
  initial: idle,
  transition(state, event, ctx) {
    if (event.type === 'cancel')
      return {
        state: idle,
        effects: state.mode === 'idle' ? [] : [{ type: 'preview', preview: null }],
      };
    switch (state.mode) {
      case 'idle':
        return event.type === 'down' ? down(event, ctx) : stay(state);
      case 'pressing':
        if (event.type === 'up') return stay(idle);
        if (
          event.type === 'move' &&
          state.ids.length > 0 &&
          !ctx.readOnly &&
          travelled(state.startScreen, event.screen)
        ) {
          const ids = ctx.dragSet(state.ids);
          const dx = event.world.x - state.start.x;
          const dy = event.world.y - state.start.y;
          return {
            state: { mode: 'moving', start: state.start, ids, dx, dy },
            effects: [{ type: 'preview', preview: { kind: 'move', ids, dx, dy } }],
          };
        }
        return stay(state);
      case 'moving': {
        if (event.type === 'down') return stay(state);
        const dx = event.world.x - state.start.x;
        const dy = event.world.y - state.start.y;
        if (event.type === 'move')
          return {
            state: { ...state, dx, dy },
            effects: [{ type: 'preview', preview: { kind: 'move', ids: state.ids, dx, dy } }],
          };
        return {
          state: idle,
          effects: [
            { type: 'preview', preview: null },
            ...(dx !== 0 || dy !== 0 ? [{ type: 'move' as const, ids: state.ids, dx, dy }] : []),
          ],
        };
      }
      case 'boxing': {
        if (event.type === 'down') return stay(state);
        const rect = rectFromPoints(state.start, event.world);
        const ids = [...new Set([...state.base, ...ctx.idsInside(rect)])];
        if (event.type === 'move')
          return {
            state,
            effects: [
              { type: 'preview', preview: { kind: 'box', rect } },
              { type: 'select', ids },
            ],
          };
        return { state: idle, effects: [{ type: 'preview', preview: null }] };
      }
      case 'resizing': {
        if (event.type === 'down') return stay(state);
        const current = resizedRects(state.gesture, event.world);
        if (event.type === 'move')
          return {
            state: { ...state, current },
            effects: [{ type: 'preview', preview: { kind: 'resize', rects: current } }],
          };
        // All the items in one effect: one transaction, one undo step.
        return {
          state: idle,
          effects: [
            { type: 'preview', preview: null },
            { type: 'resize', rects: current },
          ],
        };
      }
    }
  },
};
