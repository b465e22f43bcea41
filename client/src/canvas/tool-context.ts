import { isLink, kindOf } from '../kinds';
import type { BoardModel } from './board-model';
import type { Point } from './contract';
import { containsPoint, HANDLES, handlePoint, unionRects, type Handle } from './geometry';
import { HANDLE_PX, resizableIds } from './render/scene';
import type { ToolContext } from './tools';

/** What a tool may ask about the board, answered from the canvas's model. */
export function toolContextOf(
  model: BoardModel,
  selection: readonly string[],
  scale: number,
  readOnly: boolean,
): ToolContext {
  return {
    selection,
    scale,
    readOnly,
    rectOf: (id) => model.rectOf(id),
    idsInside: (area) => model.idsInside(area),
    dragSet: (ids) => {
      const out = new Set<string>();
      for (const id of ids) {
        if (isLink(model.items.get(id))) continue;
        out.add(id);
        for (const inner of model.contentsOf(id)) out.add(inner);
      }
      return [...out];
    },
    resizeSet: (ids) => resizableIds(model, ids),
    connectable: (id) => {
      const item = model.items.get(id);
      return item !== undefined && kindOf(item).connectable;
    },
  };
}

/** The resize handle under a point: the corners of the selection's box (of one item, or of all selected). */
export function handleAt(
  model: BoardModel,
  selection: readonly string[],
  world: Point,
  tolerance: number,
  scale: number,
): Handle | null {
  if (selection.length === 0) return null;
  const r = unionRects(resizableIds(model, selection).flatMap((id) => model.rectOf(id) ?? []));
  if (!r) return null;
  const half = Math.max(tolerance, HANDLE_PX / 2 / scale);
  for (const h of HANDLES) {
    const p = handlePoint(r, h);
    if (containsPoint({ x: p.x - half, y: p.y - half, w: 2 * half, h: 2 * half }, world)) return h;
  }
  return null;
}
