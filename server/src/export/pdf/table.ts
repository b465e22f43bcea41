import { COLORS, TYPE } from './document.js';
import { ensureSpace, type Flow } from './flow.js';

/**
 * A tagged table (Table > TR > TH/TD): a header row, then the rows, each
 * kept whole on one page. Rules and the header's shading are artifacts.
 */
const PAD = 4;

export function table(
  flow: Flow,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
): void {
  const { doc, root, setFont } = flow.pdf;
  const header = columns.map(flow.clean);
  const body = rows.map((row) => row.map(flow.clean));
  const widths = columnWidths(flow, [header, ...body], numeric);
  const tableWidth = widths.reduce((sum, width) => sum + width, 0);
  const tableElement = doc.struct('Table');
  root.add(tableElement);

  const rowHeight = (cells: readonly string[], weight: 'regular' | 'bold') =>
    Math.max(
      ...cells.map((cell, index) => {
        setFont(weight, TYPE.body);
        return doc.heightOfString(cell || ' ', {
          width: (widths[index] ?? 0) - 2 * PAD,
        });
      }),
    ) +
    2 * PAD;

  const drawRow = (cells: readonly string[], kind: 'TH' | 'TD') => {
    const weight = kind === 'TH' ? 'bold' : 'regular';
    const height = rowHeight(cells, weight);
    ensureSpace(flow, height);
    const top = doc.y;
    artifact(doc, () => {
      if (kind === 'TH') doc.rect(flow.left, top, tableWidth, height).fill(COLORS.header);
      doc
        .moveTo(flow.left, top + height)
        .lineTo(flow.left + tableWidth, top + height)
        .lineWidth(0.5)
        .stroke(COLORS.rule);
    });
    const rowElement = doc.struct('TR');
    tableElement.add(rowElement);
    let x = flow.left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      const cellX = x;
      // Header cells name their column for screen readers (pdfkit reads `scope`).
      const options = (
        kind === 'TH' ? { scope: 'Column' } : {}
      ) as PDFKit.Mixins.StructureElementOptions;
      rowElement.add(
        doc.struct(kind, options, () => {
          setFont(weight, TYPE.body);
          doc.text(cell || ' ', cellX + PAD, top + PAD, {
            width: width - 2 * PAD,
            align: numeric[index] ? 'right' : 'left',
          });
        }),
      );
      x += width;
    });
    rowElement.end();
    doc.x = flow.left;
    doc.y = top + height;
  };

  drawRow(header, 'TH');
  for (const cells of body) drawRow(cells, 'TD');
  tableElement.end();
  doc.y += 8;
}

function artifact(doc: PDFKit.PDFDocument, draw: () => void): void {
  doc.save();
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
  doc.restore();
}

/** Widths from what the columns hold: numbers narrow, text shared out by its length. */
function columnWidths(
  flow: Flow,
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): number[] {
  const { doc, setFont } = flow.pdf;
  const count = rows[0]?.length ?? 1;
  setFont('bold', TYPE.body);
  const natural = Array.from({ length: count }, (_, index) =>
    Math.max(
      40,
      ...rows.map((row) => doc.widthOfString((row[index] ?? '').split('\n')[0] ?? '') + 2 * PAD),
    ),
  );
  const naturalTotal = natural.reduce((sum, width) => sum + width, 0);
  if (naturalTotal <= flow.width) {
    // A narrow table stays narrow, so its numbers sit next to their labels.
    const target = Math.max(naturalTotal, flow.width * 0.5);
    return natural.map((width) => (width * target) / naturalTotal);
  }
  const fixed = natural.map((width, index) => (numeric[index] ? Math.min(width, 110) : 0));
  const fixedTotal = fixed.reduce((sum, width) => sum + width, 0);
  const flexible = natural.map((width, index) => (numeric[index] ? 0 : Math.min(width, 600)));
  const flexibleTotal = flexible.reduce((sum, width) => sum + width, 0) || 1;
  const room = Math.max(flow.width - fixedTotal, 60);
  return natural.map((_, index) =>
    numeric[index] ? (fixed[index] ?? 0) : ((flexible[index] ?? 0) / flexibleTotal) * room,
  );
}
