import { LIMITS } from '@moteplass/shared';
import type { Rect } from '../../canvas/geometry';
import { inset } from '../../canvas/render/shapes';
import { NOTE_EDGE, NOTE_FILLS } from '../../canvas/render/style';
import { drawText, type TextOptions } from '../../canvas/render/text-plan';
import type { ClientKind } from '../types';

const NOTE_PADDING = 14;
export const NOTE_TEXT: TextOptions = { max: 24, min: 9 };

/** The box a note's text is laid out in (the zoomed-out batch lays it out the same way). */
export function noteTextBox(r: Rect): Rect {
  return inset(r, NOTE_PADDING);
}

/** A sticky note: coloured square, its text. Zoomed out, notes are batched (zoomed-out-batch.ts). */
/** A note made with the note tool, in world units. */
export const NOTE_SIZE = 200;

export const note: ClientKind<'note'> = {
  fromTool: ({ at }, { color }) => ({
    rect: { x: at.x - NOTE_SIZE / 2, y: at.y - NOTE_SIZE / 2, w: NOTE_SIZE, h: NOTE_SIZE },
    fields: { text: '', color },
  }),
  type: 'note',
  placement: 'box',
  draw(ctx, item, r, { view }) {
    ctx.fillStyle = NOTE_FILLS[item.color];
    ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.strokeStyle = NOTE_EDGE;
    ctx.lineWidth = 1;
    ctx.strokeRect(r.x, r.y, r.w, r.h);
    drawText(ctx, item.text, noteTextBox(r), NOTE_TEXT, view);
  },
  blockFill: (item) => NOTE_FILLS[item.color],
  batchFill: (item) => NOTE_FILLS[item.color],
  words: (item) => item.text,
  connectable: true,
  colorable: true,
  listClass: (item) => `note-${item.color}`,
  edit: {
    key: 'text',
    max: LIMITS.itemTextLength,
    value: (item) => item.text,
    fontPx: 20,
    background: (item) => NOTE_FILLS[item.color],
  },
  listed: () => true,
};
