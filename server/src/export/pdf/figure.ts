import type { Rect } from '@moteplass/shared';
import type { BoardDrawing, Mark } from '../board-marks.js';
import { PAPER } from '../board-style.js';
import { LINE_HEIGHT, type MeasureText } from '../fonts.js';
import { ensureSpace, type Flow } from './flow.js';

/**
 * A board drawing as vector graphics, scaled to the text column, as a tagged
 * Figure with its alternative text (PDF/A-2a asks for one on every figure).
 */
const MAX_HEIGHT = 330;

/** The size a drawing of `region` takes in the text column. */
export function figureSize(flow: Flow, region: Rect): { width: number; height: number } {
  if (region.w <= 0 || region.h <= 0) return { width: 0, height: 0 };
  const scale = Math.min(flow.width / region.w, MAX_HEIGHT / region.h);
  return { width: region.w * scale, height: region.h * scale };
}

export function figure(flow: Flow, drawing: BoardDrawing, alt: string, measure: MeasureText): void {
  const { doc, root } = flow.pdf;
  const { region } = drawing;
  const { width, height } = figureSize(flow, region);
  if (width <= 0) return;
  const scale = width / region.w;
  ensureSpace(flow, height + 10);
  const left = flow.left;
  const top = doc.y;
  const options = {
    alt: flow.clean(alt),
    bbox: [left, top, left + width, top + height],
    placement: 'Block',
  } as PDFKit.Mixins.StructureElementOptions;
  root.add(
    doc.struct('Figure', options, () => {
      doc.save();
      doc.rect(left, top, width, height).clip();
      doc.rect(left, top, width, height).fill(PAPER);
      doc.translate(left, top).scale(scale).translate(-region.x, -region.y);
      for (const mark of drawing.marks) drawMark(doc, mark, measure);
      doc.restore();
    }),
  );
  doc.x = flow.left;
  doc.y = top + height + 10;
}

function drawMark(doc: PDFKit.PDFDocument, mark: Mark, measure: MeasureText): void {
  switch (mark.kind) {
    case 'rect':
      if (mark.radius > 0) doc.roundedRect(mark.x, mark.y, mark.w, mark.h, mark.radius);
      else doc.rect(mark.x, mark.y, mark.w, mark.h);
      return paint(doc, mark.fill, mark.stroke, mark.strokeWidth);
    case 'ellipse':
      doc.ellipse(mark.cx, mark.cy, mark.rx, mark.ry);
      return paint(doc, mark.fill, mark.stroke, mark.strokeWidth);
    case 'polygon':
      doc.polygon(...mark.points);
      return paint(doc, mark.fill, mark.stroke, mark.strokeWidth);
    case 'polyline': {
      const [first, ...rest] = mark.points;
      if (!first) return;
      doc.moveTo(first[0], first[1]);
      for (const [x, y] of rest) doc.lineTo(x, y);
      doc.lineWidth(mark.strokeWidth).lineCap('round').lineJoin('round').stroke(mark.stroke);
      return;
    }
    case 'text': {
      doc.font(mark.weight).fontSize(mark.size).fillColor(mark.color);
      mark.lines.forEach((line, index) => {
        const y = mark.y + index * mark.size * LINE_HEIGHT;
        const width = measure(line, mark.size, mark.weight);
        const x = mark.align === 'middle' ? mark.x - width / 2 : mark.x;
        doc.text(line, x, y, { lineBreak: false });
      });
      return;
    }
  }
}

function paint(
  doc: PDFKit.PDFDocument,
  fill: string | null,
  stroke: string | null,
  width: number,
): void {
  if (stroke) doc.lineWidth(width);
  if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke(stroke);
}
