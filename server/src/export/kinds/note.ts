import type { NoteItem } from '@moteplass/shared';
import { textBox, type Mark } from '../board-marks.js';
import { MUTED, NOTE_EDGE, NOTE_FILLS, SIZES } from '../board-style.js';
import { LINE_HEIGHT } from '../fonts.js';
import { text, type KindDrawing } from './kind-drawing.js';

/** A sticky note in its colour, its words shrunk to fit, its author's role at the foot. */
export const drawNote: KindDrawing<NoteItem> = (item, context) => {
  const { x, y, w, h } = item;
  const p = SIZES.notePadding;
  const author = context.words.author(item);
  const band = SIZES.meta * LINE_HEIGHT;
  const metaHeight = author ? band : 0;
  const box = { x: x + p, y: y + p, w: w - 2 * p, h: h - 2 * p - metaHeight };
  const style = { min: SIZES.noteTextMin, lineHeight: SIZES.noteLineHeight };
  let body = textBox(item.text, box, SIZES.noteText, context, style);
  const marks: Mark[] = [
    {
      kind: 'rect',
      x,
      y,
      w,
      h,
      fill: NOTE_FILLS[item.color],
      stroke: NOTE_EDGE,
      strokeWidth: 1,
      radius: 4,
    },
  ];
  if (body.cut) {
    // Less room for the text, a line that says where the rest is (the report's list).
    const shorter = { ...box, h: box.h - band };
    body = textBox(item.text, shorter, SIZES.noteText, context, style);
    marks.push(
      ...body.marks,
      ...text(
        `→ ${context.words.catalogue.caseFile.drawing.continued}`,
        { x: x + p, y: shorter.y + shorter.h, w: w - 2 * p, h: band },
        SIZES.meta,
        context,
        { color: MUTED, weight: 'bold' },
      ),
    );
  } else marks.push(...body.marks);
  marks.push(
    ...text(
      author,
      { x: x + p, y: y + h - p - metaHeight, w: w - 2 * p, h: metaHeight },
      SIZES.meta,
      context,
      { color: MUTED },
    ),
  );
  return marks;
};
