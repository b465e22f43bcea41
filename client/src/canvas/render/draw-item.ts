import type { BoardItem } from '@moteplass/shared';
import type { Point } from '../contract';
import type { Rect } from '../geometry';
import { frameTitlePlace } from './lod';
import { drawText, type TextOptions, type ViewDetail } from './text-plan';
import { CARD_STYLE, INK, LINE, MUTED, NOTE_EDGE, NOTE_FILLS, SURFACE } from './style';

type Ctx = CanvasRenderingContext2D;

export type { ViewDetail } from './text-plan';

const NOTE_PADDING = 14;
export const NOTE_TEXT: TextOptions = { max: 24, min: 9 };
const FRAME_TITLE: TextOptions = { max: 36, min: 12, bold: true };

function frameTitleBox(r: Rect): Rect {
  return { x: r.x + 24, y: r.y + 20, w: r.w - 48, h: 48 };
}

/** Whether a frame's title is drawn above it at this scale (its band would show it too small). */
export function frameTitleAbove(scale: number): boolean {
  return frameTitlePlace(FRAME_TITLE.max * scale) === 'above';
}

/** The box a note's text is laid out in. */
export function noteTextBox(r: Rect): Rect {
  return inset(r, NOTE_PADDING);
}

function inset(r: Rect, p: number): Rect {
  return { x: r.x + p, y: r.y + p, w: r.w - 2 * p, h: r.h - 2 * p };
}

function roundRect(ctx: Ctx, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}

/**
 * Draw one item (not a connector) in world units at box `r` (the item's own
 * box, or a preview's while it is dragged or resized). No shadows: they cost
 * a blur per item per frame.
 */
export function drawItem(
  ctx: Ctx,
  item: BoardItem,
  r: Rect,
  images: ReadonlyMap<string, CanvasImageSource> = new Map(),
  view?: ViewDetail,
): void {
  switch (item.type) {
    case 'note':
      ctx.fillStyle = NOTE_FILLS[item.color];
      ctx.fillRect(r.x, r.y, r.w, r.h);
      ctx.strokeStyle = NOTE_EDGE;
      ctx.lineWidth = 1;
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      drawText(ctx, item.text, noteTextBox(r), NOTE_TEXT, view);
      return;
    case 'text':
      drawText(ctx, item.text, r, { max: 24, min: 10 }, view);
      return;
    case 'shape': {
      ctx.fillStyle = SURFACE;
      ctx.strokeStyle = INK;
      ctx.lineWidth = 2;
      ctx.beginPath();
      if (item.shape === 'ellipse')
        ctx.ellipse(r.x + r.w / 2, r.y + r.h / 2, r.w / 2, r.h / 2, 0, 0, Math.PI * 2);
      else if (item.shape === 'diamond') {
        ctx.moveTo(r.x + r.w / 2, r.y);
        ctx.lineTo(r.x + r.w, r.y + r.h / 2);
        ctx.lineTo(r.x + r.w / 2, r.y + r.h);
        ctx.lineTo(r.x, r.y + r.h / 2);
        ctx.closePath();
      } else ctx.rect(r.x, r.y, r.w, r.h);
      ctx.fill();
      ctx.stroke();
      const pad = item.shape === 'rectangle' ? 12 : Math.min(r.w, r.h) * 0.2;
      drawText(
        ctx,
        item.text ?? '',
        inset(r, pad),
        { max: 22, min: 9, align: 'center', middle: true },
        view,
      );
      return;
    }
    case 'frame':
      roundRect(ctx, r, 12);
      ctx.fillStyle = SURFACE;
      ctx.fill();
      ctx.strokeStyle = LINE;
      // At least a pixel on screen, so a zoomed-out frame keeps its edge.
      ctx.lineWidth = view ? Math.max(2, 1 / view.scale) : 2;
      ctx.stroke();
      // Zoomed out, the title is drawn above the frame at a readable size (frame-label.ts).
      if (view && frameTitleAbove(view.scale)) return;
      drawText(ctx, item.title, frameTitleBox(r), FRAME_TITLE, view);
      return;
    case 'drawing': {
      if (item.points.length < 4) return;
      const sx = item.w > 0 ? r.w / item.w : 1;
      const sy = item.h > 0 ? r.h / item.h : 1;
      ctx.strokeStyle = INK;
      ctx.lineWidth = 3;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.beginPath();
      for (let i = 0; i + 1 < item.points.length; i += 2) {
        const x = r.x + item.points[i]! * sx;
        const y = r.y + item.points[i + 1]! * sy;
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.stroke();
      return;
    }
    case 'action':
    case 'indicator': {
      const style = CARD_STYLE[item.type];
      roundRect(ctx, r, 8);
      ctx.fillStyle = style.fill;
      ctx.fill();
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = 2;
      ctx.stroke();
      const footer =
        item.type === 'action'
          ? [item.owner, item.dueDate].filter(Boolean).join(' · ')
          : [item.baseline, item.target].filter(Boolean).join(' → ');
      drawText(
        ctx,
        item.text,
        { x: r.x + 14, y: r.y + 14, w: r.w - 28, h: r.h - 56 },
        { max: 22, min: 9 },
        view,
      );
      drawText(
        ctx,
        footer,
        { x: r.x + 14, y: r.y + r.h - 34, w: r.w - 28, h: 22 },
        { max: 16, min: 9, color: MUTED, headline: false },
        view,
      );
      return;
    }
    case 'image': {
      const picture = images.get(item.imageId);
      if (picture) {
        ctx.drawImage(picture, r.x, r.y, r.w, r.h);
        return;
      }
      // Until the picture is loaded (or where it cannot be), its box and text alternative stand in.
      ctx.fillStyle = '#eceae4';
      ctx.fillRect(r.x, r.y, r.w, r.h);
      ctx.strokeStyle = LINE;
      ctx.lineWidth = 2;
      ctx.strokeRect(r.x, r.y, r.w, r.h);
      drawText(ctx, item.alt, inset(r, 14), { max: 18, min: 9, color: MUTED }, view);
      return;
    }
    case 'connector':
      return;
  }
}

/** A connector from `a` to `b` with an arrowhead at `b`. */
export function drawArrow(ctx: Ctx, a: Point, b: Point, color = INK, width = 3): void {
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
  const angle = Math.atan2(b.y - a.y, b.x - a.x);
  const size = 14;
  ctx.beginPath();
  ctx.moveTo(b.x, b.y);
  ctx.lineTo(b.x - size * Math.cos(angle - 0.4), b.y - size * Math.sin(angle - 0.4));
  ctx.lineTo(b.x - size * Math.cos(angle + 0.4), b.y - size * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
}
