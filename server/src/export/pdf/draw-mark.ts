import type { Mark } from '../board-marks.js';
import type { MeasureText } from '../fonts.js';

/** One mark of the board drawing in pdfkit's vector operators, in board units (the caller scales). */
export function drawMark(doc: PDFKit.PDFDocument, mark: Mark, measure: MeasureText): void {
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
        const y = mark.y + index * mark.size * mark.lineHeight;
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
