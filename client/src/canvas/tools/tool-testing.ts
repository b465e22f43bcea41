import type { Rect } from '../geometry';
import type { PointerInput, Tool, ToolContext, ToolEffect, ToolEvent } from './types';

/*
 * Test support for the tool state machines (not part of the folder's public
 * face): two items and a line, a context over them, pointer input and a
 * runner that collects every effect.
 */
export const rects: Record<string, Rect> = {
  a: { x: 0, y: 0, w: 100, h: 100 },
  b: { x: 200, y: 0, w: 100, h: 100 },
  line: { x: 0, y: 0, w: 300, h: 0 },
};

export function ctx(selection: string[] = [], extra: Partial<ToolContext> = {}): ToolContext {
  return {
    selection,
    scale: 1,
    readOnly: false,
    rectOf: (id) => rects[id],
    idsInside: (area) =>
      Object.entries(rects)
        .filter(
          ([id, r]) =>
            id !== 'line' &&
            r.x >= area.x &&
            r.y >= area.y &&
            r.x + r.w <= area.x + area.w &&
            r.y + r.h <= area.y + area.h,
        )
        .map(([id]) => id),
    dragSet: (ids) => [...ids],
    // 'link' plays a connector: it follows its ends and is never resized.
    resizeSet: (ids) => ids.filter((id) => id !== 'link'),
    connectable: (id) => id !== 'line',
    ...extra,
  };
}

export function at(x: number, y: number, more: Partial<PointerInput> = {}): PointerInput {
  return {
    world: { x, y },
    screen: { x, y },
    shift: false,
    hit: null,
    handle: null,
    clicks: 1,
    ...more,
  };
}

/** Run events through a tool; returns the final state and every effect, in order. */
export function run<S>(
  tool: Tool<S>,
  events: ToolEvent[],
  context: ToolContext,
  from: S = tool.initial,
) {
  let state = from;
  const effects: ToolEffect[] = [];
  for (const event of events) {
    const step = tool.transition(state, event, context);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

export const writes = (effects: ToolEffect[]) =>
  effects.filter((e) => e.type === 'move' || e.type === 'resize' || e.type === 'create');
