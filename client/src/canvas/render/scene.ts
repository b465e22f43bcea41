import { isContainer, isLink, isPrompt, kindOf } from '../../kinds';
import type { BoardModel } from '../board-model';
import type { Viewport } from '../contract';
import { HANDLES, handlePoint, intersects, unionRects, visibleWorld, type Rect } from '../geometry';
import type { Preview } from '../tools';
import { drawArrow, drawItem, frameTitleAbove, type ViewDetail } from './draw-item';
import { drawFrameLabels, type FrameLabel } from './frame-label';
import { BLOCK_PX, scaleStep } from './lod';
import { ACCENT, INK } from './style';
import { startDetailFrame, ZoomedOutBatch } from './zoomed-out-batch';

type Ctx = CanvasRenderingContext2D;

export interface SceneState {
  viewport: Viewport;
  width: number;
  height: number;
  selection: readonly string[];
  preview: Preview | null;
  focused: string | null;
  readOnly: boolean;
  /** A closed vote's counts by ballot id, for the cards that show results (a poll). */
  tallies?: ReadonlyMap<string, number>;
  /** False: no frame titles above frames when zoomed out (a miniature names its frame itself). */
  frameLabels?: boolean;
}

/** Pixels of margin drawn beyond the screen edge, so a fast pan never shows a gap. */
const MARGIN_PX = 64;
/** Resize handle side, screen pixels (24 on touch would be larger; the hit area is). */
export const HANDLE_PX = 10;

/**
 * Which items leave the static layer for the interactive one: selected items
 * (not frames, which would cover their contents), items under a move or
 * resize preview, and the connectors attached to any of them.
 */
export function liftedIds(
  model: BoardModel,
  state: Pick<SceneState, 'selection' | 'preview'>,
): Set<string> {
  const lifted = new Set<string>();
  for (const id of state.selection) if (!isContainer(model.items.get(id))) lifted.add(id);
  const p = state.preview;
  if (p?.kind === 'move') for (const id of p.ids) lifted.add(id);
  if (p?.kind === 'resize') for (const id of p.rects.keys()) lifted.add(id);
  if (lifted.size > 0)
    for (const id of model.connectors) {
      const c = model.items.get(id);
      if (isLink(c) && (lifted.has(c.from) || lifted.has(c.to))) lifted.add(id);
    }
  return lifted;
}

/** The selected items a resize by the handles scales: all but connectors (they follow their ends). */
export function resizableIds(model: BoardModel, selection: readonly string[]): string[] {
  return selection.filter((id) => {
    const item = model.items.get(id);
    return item !== undefined && !isLink(item);
  });
}

/** The box an item is drawn at now, with a move or resize preview applied. */
export function liveRect(model: BoardModel, preview: Preview | null, id: string): Rect | undefined {
  const item = model.items.get(id);
  if (!item || isLink(item)) return undefined;
  const resized = preview?.kind === 'resize' ? preview.rects.get(id) : undefined;
  if (resized) return resized;
  if (preview?.kind === 'move' && preview.ids.includes(id))
    return { x: item.x + preview.dx, y: item.y + preview.dy, w: item.w, h: item.h };
  return { x: item.x, y: item.y, w: item.w, h: item.h };
}

function frameAround(labels: readonly FrameLabel[], item: Rect): FrameLabel | undefined {
  const cx = item.x + item.w / 2;
  const cy = item.y + item.h / 2;
  return labels.find(
    ({ frame: f }) => cx >= f.x && cx <= f.x + f.w && cy >= f.y && cy <= f.y + f.h,
  );
}

/** Zoomed-out notes and blocks wait for the next item drawn on its own, so the paint order holds. */
const batch = new ZoomedOutBatch();

/**
 * The static layer: every visible item that is not lifted, culled through the
 * grid index, with the level of detail its size on screen calls for
 * (lod.ts): text where it is readable, a fitted headline where it is not,
 * a coloured block (batched into one path per fill colour) where an item is
 * a few pixels across, and frame titles with their prompts above the frames
 * when zoomed out. Returns how many items were drawn.
 */
export function drawStatic(
  ctx: Ctx,
  model: BoardModel,
  state: SceneState,
  lifted: Set<string>,
  images: ReadonlyMap<string, CanvasImageSource> = new Map(),
): number {
  const { viewport: v } = state;
  const margin = MARGIN_PX / v.scale;
  const view = visibleWorld(v, state.width, state.height);
  const area = {
    x: view.x - margin,
    y: view.y - margin,
    w: view.w + 2 * margin,
    h: view.h + 2 * margin,
  };
  const visible = model.index.query(area);
  const order = model.paintOrder();
  // Sorting a handful of visible ids is cheap; when most are visible, walking the order is cheaper.
  const ids =
    visible.size * 4 > order.length
      ? order.filter((id) => visible.has(id))
      : [...visible].sort((a, b) => model.rankOf(a) - model.rankOf(b));
  const detail: ViewDetail = { scale: v.scale, step: scaleStep(v.scale) };
  const blockBelow = BLOCK_PX / v.scale;
  const labelled = state.frameLabels !== false && frameTitleAbove(v.scale);
  const labels: FrameLabel[] = [];
  let drawn = 0;
  startDetailFrame();
  for (const id of ids) {
    if (lifted.has(id)) continue;
    const item = model.items.get(id)!;
    drawn += 1;
    const kind = kindOf(item);
    // Template prompts belong to the frame they sit in: zoomed out, they are listed with its title.
    if (labelled && isPrompt(id)) {
      const label = frameAround(labels, item);
      if (label) {
        label.prompts.push(kind.words(item));
        continue;
      }
    }
    if (kind.blockFill && Math.min(item.w, item.h) < blockBelow) {
      batch.block(kind.blockFill(item), item);
      continue;
    }
    if (kind.batchFill && batch.note(ctx, item, kind.batchFill(item), kind.words(item), detail))
      continue;
    if (labelled && isContainer(item)) labels.push({ frame: item, title: item.title, prompts: [] });
    batch.flush(ctx, v.scale);
    drawItem(ctx, item, item, { images, view: detail, id, tallies: state.tallies });
  }
  batch.flush(ctx, v.scale);
  for (const id of model.connectors) {
    if (lifted.has(id)) continue;
    const ends = model.connectorEnds(id);
    if (!ends) continue;
    const [a, b] = ends;
    const box = {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      w: Math.abs(a.x - b.x),
      h: Math.abs(a.y - b.y),
    };
    if (!intersects(box, area)) continue;
    drawArrow(ctx, a, b, INK, Math.max(3, 2 / v.scale));
    drawn += 1;
  }
  drawFrameLabels(ctx, labels, v, state);
  return drawn;
}

/**
 * The interactive layer: lifted items at their live boxes, selection
 * outlines and handles, the keyboard focus ring and the gesture previews.
 * Small, so it can redraw on every pointer move without touching the rest.
 */
export function drawInteractive(
  ctx: Ctx,
  model: BoardModel,
  state: SceneState,
  lifted: Set<string>,
  images: ReadonlyMap<string, CanvasImageSource> = new Map(),
): void {
  const { preview } = state;
  const px = 1 / state.viewport.scale;
  const rectFor = (id: string) => liveRect(model, preview, id);
  const ordered = [...lifted].sort((a, b) => model.rankOf(a) - model.rankOf(b));
  const detail: ViewDetail = { scale: state.viewport.scale, step: scaleStep(state.viewport.scale) };
  const labels: FrameLabel[] = [];
  for (const id of ordered) {
    const item = model.items.get(id);
    if (!item) continue;
    if (isLink(item)) {
      const ends = model.connectorEnds(id, rectFor);
      if (ends) drawArrow(ctx, ends[0], ends[1], INK, Math.max(3, 2 * px));
      continue;
    }
    const r = rectFor(id)!;
    drawItem(ctx, item, r, { images, view: detail, id, tallies: state.tallies });
    if (isContainer(item) && frameTitleAbove(detail.scale))
      labels.push({ frame: r, title: item.title, prompts: [] });
  }
  drawFrameLabels(ctx, labels, state.viewport, state);
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 2 * px;
  for (const id of state.selection) {
    const r = isLink(model.items.get(id)) ? model.rectOf(id) : rectFor(id);
    if (r) ctx.strokeRect(r.x - 2 * px, r.y - 2 * px, r.w + 4 * px, r.h + 4 * px);
  }
  // Handles at the corners of the selection's box: one item's, or all the selected items'.
  const resizable = state.readOnly ? [] : resizableIds(model, state.selection);
  if (resizable.length > 0) {
    const r = unionRects(resizable.flatMap((id) => rectFor(id) ?? []));
    if (r) {
      if (resizable.length > 1) {
        ctx.save();
        ctx.setLineDash([4 * px, 4 * px]);
        ctx.lineWidth = px;
        ctx.strokeRect(r.x, r.y, r.w, r.h);
        ctx.restore();
      }
      ctx.fillStyle = '#ffffff';
      const s = HANDLE_PX * px;
      for (const h of HANDLES) {
        const p = handlePoint(r, h);
        ctx.fillRect(p.x - s / 2, p.y - s / 2, s, s);
        ctx.strokeRect(p.x - s / 2, p.y - s / 2, s, s);
      }
    }
  }
  if (state.focused) {
    const r = isLink(model.items.get(state.focused))
      ? model.rectOf(state.focused)
      : rectFor(state.focused);
    if (r) {
      ctx.save();
      ctx.setLineDash([6 * px, 4 * px]);
      ctx.lineWidth = 3 * px;
      ctx.strokeStyle = ACCENT;
      ctx.strokeRect(r.x - 7 * px, r.y - 7 * px, r.w + 14 * px, r.h + 14 * px);
      ctx.restore();
    }
  }
  drawPreview(ctx, model, preview, px);
}

function drawPreview(ctx: Ctx, model: BoardModel, preview: Preview | null, px: number): void {
  if (!preview) return;
  ctx.save();
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 1.5 * px;
  switch (preview.kind) {
    case 'box':
      ctx.fillStyle = 'rgba(29, 95, 209, 0.08)';
      ctx.fillRect(preview.rect.x, preview.rect.y, preview.rect.w, preview.rect.h);
      ctx.strokeRect(preview.rect.x, preview.rect.y, preview.rect.w, preview.rect.h);
      break;
    case 'draft':
      ctx.setLineDash([6 * px, 4 * px]);
      ctx.strokeRect(preview.rect.x, preview.rect.y, preview.rect.w, preview.rect.h);
      break;
    case 'stroke': {
      const p = preview.points;
      ctx.strokeStyle = INK;
      ctx.lineWidth = 3;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.beginPath();
      for (let i = 0; i + 1 < p.length; i += 2) {
        if (i === 0) ctx.moveTo(p[i]!, p[i + 1]!);
        else ctx.lineTo(p[i]!, p[i + 1]!);
      }
      ctx.stroke();
      break;
    }
    case 'link': {
      const from = model.rectOf(preview.from);
      if (!from) break;
      const target = preview.target ? model.rectOf(preview.target) : undefined;
      if (target) {
        ctx.strokeRect(target.x - 4 * px, target.y - 4 * px, target.w + 8 * px, target.h + 8 * px);
      }
      const to = target ? { x: target.x + target.w / 2, y: target.y + target.h / 2 } : preview.to;
      drawArrow(ctx, { x: from.x + from.w / 2, y: from.y + from.h / 2 }, to, ACCENT, 3);
      break;
    }
    default:
      break;
  }
  ctx.restore();
}
