import { COLORS, TYPE } from './document.js';
import { segmentsOf } from '@moteplass/shared/text';
import { ensureSpace, wrapped, type Flow } from './flow.js';

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
  const widths = columnWidths(flow, header, body, numeric);
  // Broken here, at words (hyphenated only where a word is wider than its column).
  const laidOut = (cells: readonly string[], weight: 'regular' | 'bold') =>
    cells.map((cell, index) =>
      wrapped(flow, cell, (widths[index] ?? 0) - 2 * PAD, TYPE.body, weight),
    );
  const tableWidth = widths.reduce((sum, width) => sum + width, 0);
  const tableElement = doc.struct('Table');
  root.add(tableElement);

  // Cells are broken into lines already: a row is as high as its longest cell's lines.
  const rowHeight = (cells: readonly string[], weight: 'regular' | 'bold') => {
    setFont(weight, TYPE.body);
    const lines = Math.max(1, ...cells.map((cell) => cell.split('\n').length));
    return lines * doc.currentLineHeight(true) + 2 * PAD;
  };

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
          // Placed line by line: pdfkit's own wrapping would break the lines again.
          const step = doc.currentLineHeight(true);
          cell.split('\n').forEach((line, row) => {
            const right = cellX + width - PAD - doc.widthOfString(line);
            doc.text(line || ' ', numeric[index] ? right : cellX + PAD, top + PAD + row * step, {
              lineBreak: false,
            });
          });
        }),
      );
      x += width;
    });
    rowElement.end();
    doc.x = flow.left;
    doc.y = top + height;
  };

  drawRow(laidOut(header, 'bold'), 'TH');
  for (const cells of body) drawRow(laidOut(cells, 'regular'), 'TD');
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

/**
 * When the longest words of all columns do not fit side by side, the longest
 * give way first (they are hyphenated), down to their header's own longest
 * word, so that "Virkning" stays whole while a web address is split.
 */
function fitMinimums(columns: { label: number; minimum: number }[], width: number): void {
  const total = (cap: number) =>
    columns.reduce((sum, column) => sum + Math.max(column.label, Math.min(column.minimum, cap)), 0);
  if (total(Infinity) <= width) return;
  let low = 0;
  let high = Math.max(...columns.map((column) => column.minimum));
  for (let step = 0; step < 30; step += 1) {
    const cap = (low + high) / 2;
    if (total(cap) > width) high = cap;
    else low = cap;
  }
  for (const column of columns)
    column.minimum = Math.max(column.label, Math.min(column.minimum, low));
}

/** A body cell's longest word gets its own line up to this width; longer ones are hyphenated. */
const LONGEST_WORD = 170;

/**
 * Widths from what the columns hold: every column at least as wide as its
 * header's longest word (the report's own labels never break) and its cells'
 * longest word (Norwegian compounds: "Spørreundersøkelse"), the rest shared
 * out by how much text each column has; numbers stay narrow.
 */
function columnWidths(
  flow: Flow,
  header: readonly string[],
  body: readonly (readonly string[])[],
  numeric: readonly boolean[],
): number[] {
  const { doc, setFont } = flow.pdf;
  const words = (text: string) => segmentsOf(text.replace(/\n/g, ' ')).map((word) => word.trim());
  const widest = (texts: readonly string[], weight: 'regular' | 'bold') => {
    setFont(weight, TYPE.body);
    return Math.max(0, ...texts.flatMap(words).map((word) => doc.widthOfString(word)));
  };
  const longestLine = (texts: readonly string[]) => {
    setFont('regular', TYPE.body);
    return Math.max(
      0,
      ...texts.flatMap((text) => text.split('\n')).map((line) => doc.widthOfString(line)),
    );
  };
  const columns = header.map((label, index) => {
    const cells = body.map((row) => row[index] ?? '');
    const label_ = Math.max(40, widest([label], 'bold')) + 2 * PAD + 1;
    const word = Math.min(widest(cells, 'regular'), LONGEST_WORD) + 2 * PAD + 1;
    const natural = Math.max(label_, word, longestLine([label, ...cells]) + 2 * PAD + 1);
    return { label: label_, minimum: Math.max(label_, word), natural };
  });
  fitMinimums(columns, flow.width);
  const naturalTotal = columns.reduce((sum, column) => sum + column.natural, 0);
  if (naturalTotal <= flow.width) {
    // A narrow table stays narrow, so its numbers sit next to their labels.
    const target = Math.max(naturalTotal, flow.width * 0.5);
    return columns.map((column) => (column.natural * target) / naturalTotal);
  }
  const minimumTotal = columns.reduce((sum, column) => sum + column.minimum, 0);
  if (minimumTotal >= flow.width) {
    return columns.map((column) => (column.minimum * flow.width) / minimumTotal);
  }
  // What is left after the minimums goes to the text columns, by how much more they hold.
  const wants = columns.map((column, index) =>
    numeric[index] ? 0 : Math.min(column.natural, 600) - column.minimum,
  );
  const wantTotal = wants.reduce((sum, want) => sum + want, 0) || 1;
  const room = flow.width - minimumTotal;
  return columns.map(
    (column, index) => column.minimum + (Math.max(0, wants[index] ?? 0) / wantTotal) * room,
  );
}
