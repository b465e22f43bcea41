import type * as Y from 'yjs';
import { BoardModel } from './board-model';
import type { Viewport } from './contract';
import type { Rect } from './geometry';
import { drawStatic } from './render/scene';
import { PAPER } from './render/style';

/**
 * A region of the board drawn small into a plain 2D canvas: the same scene
 * code as the canvas (culling, level of detail, batching), so a group's
 * frame on the shared screen looks like the board does zoomed out, without a
 * second renderer and without a Konva stage per miniature.
 */

/** The viewport that shows `rect` whole and centred in `width`×`height` pixels (no zoom limits). */
export function miniatureViewport(rect: Rect, width: number, height: number): Viewport {
  const scale = Math.min(width / Math.max(rect.w, 1), height / Math.max(rect.h, 1));
  return {
    scale,
    x: width / 2 - (rect.x + rect.w / 2) * scale,
    y: height / 2 - (rect.y + rect.h / 2) * scale,
  };
}

/** Draw `rect` of the board into `ctx` (whose canvas is `width`×`height` CSS pixels × `pixelRatio`). */
export function drawMiniature(
  ctx: CanvasRenderingContext2D,
  model: BoardModel,
  rect: Rect,
  width: number,
  height: number,
  pixelRatio: number,
): number {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const viewport = miniatureViewport(rect, width, height);
  const { scale, x, y } = viewport;
  ctx.save();
  ctx.setTransform(pixelRatio * scale, 0, 0, pixelRatio * scale, pixelRatio * x, pixelRatio * y);
  // Only the frame: its neighbours on the board are other groups' work.
  ctx.beginPath();
  ctx.rect(rect.x, rect.y, rect.w, rect.h);
  ctx.clip();
  ctx.fillStyle = PAPER;
  ctx.fillRect(rect.x, rect.y, rect.w, rect.h);
  const state = {
    viewport,
    width,
    height,
    selection: [],
    preview: null,
    focused: null,
    readOnly: true,
    frameLabels: false,
  };
  const drawn = drawStatic(ctx, model, state, new Set());
  ctx.restore();
  return drawn;
}

/**
 * One model per board for all miniatures on a page: the board is parsed and
 * indexed once, however many groups are shown. Counted, and stopped when the
 * last miniature lets go.
 */
const shared = new WeakMap<Y.Map<unknown>, { model: BoardModel; users: number }>();

export function acquireModel(items: Y.Map<unknown>): BoardModel {
  let entry = shared.get(items);
  if (!entry) {
    entry = { model: new BoardModel(items), users: 0 };
    shared.set(items, entry);
  }
  if (entry.users === 0) entry.model.start();
  entry.users += 1;
  return entry.model;
}

export function releaseModel(items: Y.Map<unknown>): void {
  const entry = shared.get(items);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users === 0) entry.model.stop();
}
