import { drawBoard } from '../board-drawing.js';
import { resolveArea } from '../board-area.js';
import type { DrawContext } from '../board-marks.js';
import { advanceMeasure, glyphCheck } from '../fonts.js';
import type { ReportBlock } from '../report-blocks.js';
import { buildReport } from '../report.js';
import type { WorkshopSnapshot } from '../snapshot.js';
import { printable } from '../text.js';
import { exportWords } from '../words.js';
import { PAGE, TYPE, createReportPdf } from './document.js';
import { figure, figureSize } from './figure.js';
import { heading, list, paragraph, type Flow } from './flow.js';
import { table } from './table.js';

/**
 * `export.pdf`: the case-file report as PDF/A-2a, drawn with pdfkit's vector
 * API on the server (no browser). The blocks are the Markdown's; each
 * phase's figure is drawn from the board.
 */
export async function toPdf(snapshot: WorkshopSnapshot): Promise<Buffer> {
  const words = exportWords(snapshot.workshop.language);
  const pdf = createReportPdf(snapshot.workshop.title, words);
  const { doc } = pdf;
  const hasGlyph = glyphCheck(doc);
  const clean = (text: string) => printable(text, hasGlyph);
  const flow: Flow = { pdf, left: PAGE.margin, width: doc.page.width - 2 * PAGE.margin, clean };
  const context: DrawContext = { measure: advanceMeasure(doc), hasGlyph, words };
  const regionOf = (block: Extract<ReportBlock, { kind: 'figure' }>) =>
    resolveArea(snapshot.items, { kind: 'phase', phase: block.phase });

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const blocks = buildReport(snapshot);
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        // A phase's heading stays on the page of its drawing.
        const drawing = upcomingFigure(blocks, index);
        const area = drawing && regionOf(drawing);
        const keepWith = area ? figureSize(flow, area.region).height + TYPE.body * 6 : undefined;
        heading(flow, block.level, block.text, keepWith);
        break;
      }
      case 'paragraph':
        paragraph(flow, block.text, block.tone);
        break;
      case 'list':
        list(flow, block.items);
        break;
      case 'table':
        table(flow, block.columns, block.rows, block.numeric);
        break;
      case 'figure': {
        const area = regionOf(block);
        if (!area) break;
        const drawing = drawBoard(snapshot.items, area.region, context, area.include);
        figure(flow, drawing, block.alt, context.measure);
        break;
      }
    }
  });
  doc.end();
  return done;
}

/** The figure that follows a heading before the next heading, if any. */
function upcomingFigure(
  blocks: readonly ReportBlock[],
  index: number,
): Extract<ReportBlock, { kind: 'figure' }> | undefined {
  for (const block of blocks.slice(index + 1)) {
    if (block.kind === 'heading') return undefined;
    if (block.kind === 'figure') return block;
  }
  return undefined;
}
