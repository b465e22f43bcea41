import { LIMITS } from '@moteplass/shared';
import type { Rect } from '../../canvas/geometry';
import { frameTitlePlace } from '../../canvas/render/lod';
import { roundRect } from '../../canvas/render/shapes';
import { LINE, SURFACE } from '../../canvas/render/style';
import { drawText, type TextOptions } from '../../canvas/render/text-plan';
import type { ClientKind } from '../types';

const FRAME_TITLE: TextOptions = { max: 36, min: 12, bold: true };
/** Height of a frame's title band, world units: where a frame is hit and its title edited. */
export const FRAME_TITLE_BAND = 80;

function frameTitleBox(r: Rect): Rect {
  return { x: r.x + 24, y: r.y + 20, w: r.w - 48, h: 48 };
}

/** Whether a frame's title is drawn above it at this scale (its band would show it too small). */
export function frameTitleAbove(scale: number): boolean {
  return frameTitlePlace(FRAME_TITLE.max * scale) === 'above';
}

/** A titled area (a phase's frame): behind everything, carries what lies inside it. */
export const frame: ClientKind<'frame'> = {
  fromTool: ({ rect }) => ({ rect, fields: { title: '' } }),
  type: 'frame',
  placement: 'container',
  draw(ctx, item, r, { view }) {
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
  },
  blockFill: null,
  words: (item) => item.title,
  connectable: true,
  edit: {
    key: 'title',
    max: LIMITS.titleLength,
    value: (item) => item.title,
    band: FRAME_TITLE_BAND,
    fontPx: 32,
    background: () => '#ffffff',
  },
  // The phase panel shows the phase frames; the list shows what is in them.
  listed: () => false,
};
