import type { BoardItem, Rect } from '@moteplass/shared';
import { centre, edgePoint, rectOf } from './board-geometry.js';
import {
  textBox,
  textMark,
  type DrawContext,
  type Mark,
  type Point,
  type TextOptions,
} from './board-marks.js';
import {
  CARD_STYLE,
  INK,
  LINE,
  MUTED,
  NOTE_EDGE,
  NOTE_FILLS,
  SIZES,
  SURFACE,
} from './board-style.js';
import { LINE_HEIGHT } from './fonts.js';

/** The marks of one item of each type. */
export function marksOf(
  item: BoardItem,
  byId: Map<string, BoardItem>,
  context: DrawContext,
): Mark[] {
  const { x, y, w, h } = item;
  const text = (content: string, box: Rect, size: number, options: TextOptions = {}) =>
    textMark(content, box, size, context, options);
  switch (item.type) {
    case 'frame': {
      const p = SIZES.framePadding;
      return [
        {
          kind: 'rect',
          x,
          y,
          w,
          h,
          fill: SURFACE,
          stroke: LINE,
          strokeWidth: SIZES.stroke,
          radius: 12,
        },
        ...text(
          item.title,
          { x: x + p, y: y + p, w: w - 2 * p, h: SIZES.frameTitle * LINE_HEIGHT },
          SIZES.frameTitle,
          { weight: 'bold', min: SIZES.frameTitleMin },
        ),
      ];
    }
    case 'note': {
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
            { color: MUTED, weight: 'bold' },
          ),
        );
      } else marks.push(...body.marks);
      marks.push(
        ...text(
          author,
          { x: x + p, y: y + h - p - metaHeight, w: w - 2 * p, h: metaHeight },
          SIZES.meta,
          { color: MUTED },
        ),
      );
      return marks;
    }
    case 'text':
      return text(item.text, rectOf(item), SIZES.text, { min: SIZES.noteTextMin });
    case 'shape':
      return [
        shapeMark(item),
        ...text(
          item.text ?? '',
          inset(rectOf(item), item.shape === 'rectangle' ? 0.08 : 0.2),
          SIZES.shapeText,
          { align: 'middle', middle: true, min: SIZES.noteTextMin },
        ),
      ];
    case 'connector':
      return connectorMarks(byId.get(item.from), byId.get(item.to));
    case 'drawing': {
      const points: Point[] = [];
      for (let i = 0; i + 1 < item.points.length; i += 2) {
        points.push([x + (item.points[i] ?? 0), y + (item.points[i + 1] ?? 0)]);
      }
      return points.length > 1 ? [{ kind: 'polyline', points, stroke: INK, strokeWidth: 3 }] : [];
    }
    case 'image': {
      // The picture's bytes are not in the snapshot: draw its frame and its text alternative.
      const p = SIZES.notePadding;
      return [
        {
          kind: 'rect',
          x,
          y,
          w,
          h,
          fill: SURFACE,
          stroke: LINE,
          strokeWidth: SIZES.stroke,
          radius: 0,
        },
        ...text(item.alt, { x: x + p, y: y + p, w: w - 2 * p, h: h - 2 * p }, SIZES.meta, {}),
      ];
    }
    case 'action':
    case 'indicator': {
      const style = CARD_STYLE[item.type];
      const p = SIZES.notePadding;
      const header =
        item.type === 'action'
          ? context.words.itemType('action')
          : context.words.catalogue.export.indicatorKinds[item.kind];
      const footer =
        item.type === 'action'
          ? [item.owner, item.dueDate].filter(Boolean).join(' · ')
          : [item.baseline, item.target].filter(Boolean).join(' → ');
      const band = SIZES.meta * LINE_HEIGHT;
      return [
        {
          kind: 'rect',
          x,
          y,
          w,
          h,
          fill: style.fill,
          stroke: style.stroke,
          strokeWidth: SIZES.stroke,
          radius: 6,
        },
        ...text(header, { x: x + p, y: y + p, w: w - 2 * p, h: band }, SIZES.meta, {
          weight: 'bold',
          color: style.stroke,
        }),
        ...text(
          item.text,
          { x: x + p, y: y + p + band, w: w - 2 * p, h: h - 2 * p - 2 * band },
          SIZES.cardText,
          { min: SIZES.noteTextMin },
        ),
        ...text(footer, { x: x + p, y: y + h - p - band, w: w - 2 * p, h: band }, SIZES.meta, {
          color: MUTED,
        }),
      ];
    }
  }
}

const inset = (rect: Rect, share: number): Rect => ({
  x: rect.x + rect.w * share,
  y: rect.y + rect.h * share,
  w: rect.w * (1 - 2 * share),
  h: rect.h * (1 - 2 * share),
});

function shapeMark(item: Extract<BoardItem, { type: 'shape' }>): Mark {
  const { x, y, w, h } = item;
  const style = { fill: SURFACE, stroke: INK, strokeWidth: SIZES.stroke };
  if (item.shape === 'ellipse') {
    return { kind: 'ellipse', cx: x + w / 2, cy: y + h / 2, rx: w / 2, ry: h / 2, ...style };
  }
  if (item.shape === 'diamond') {
    const points: Point[] = [
      [x + w / 2, y],
      [x + w, y + h / 2],
      [x + w / 2, y + h],
      [x, y + h / 2],
    ];
    return { kind: 'polygon', points, ...style };
  }
  return { kind: 'rect', x, y, w, h, ...style, radius: 0 };
}

/** A line from the edge of one item to the edge of the other, with an arrowhead at the end. */
function connectorMarks(from: BoardItem | undefined, to: BoardItem | undefined): Mark[] {
  if (!from || !to) return [];
  const start = edgePoint(rectOf(from), centre(rectOf(to)));
  const tip = edgePoint(rectOf(to), centre(rectOf(from)));
  const length = Math.hypot(tip.x - start.x, tip.y - start.y);
  if (length < 1) return [];
  const ux = (tip.x - start.x) / length;
  const uy = (tip.y - start.y) / length;
  const arrow = Math.min(SIZES.arrow, length / 2);
  const base: Point = [tip.x - ux * arrow, tip.y - uy * arrow];
  const half = arrow / 2;
  return [
    {
      kind: 'polyline',
      points: [[start.x, start.y], base],
      stroke: MUTED,
      strokeWidth: SIZES.connector,
    },
    {
      kind: 'polygon',
      points: [
        [tip.x, tip.y],
        [base[0] - uy * half, base[1] + ux * half],
        [base[0] + uy * half, base[1] - ux * half],
      ],
      fill: MUTED,
      stroke: null,
      strokeWidth: 0,
    },
  ];
}
