import { norwegianHyphenation } from '@moteplass/shared/text';
import { drawBoard } from '../board-drawing.js';
import { resolveArea } from '../board-area.js';
import type { DrawContext } from '../board-marks.js';
import { advanceMeasure, glyphCheck } from '../fonts.js';
import { inPhase } from '../items.js';
import type { ReportBlock } from '../report-blocks.js';
import { buildReport } from '../report.js';
import type { WorkshopSnapshot } from '../snapshot.js';
import { createLayouter, printable } from '../text.js';
import { exportWords, type ExportWords } from '../words.js';
import { boardPages } from './board-pages.js';
import { radarFigure } from './radar.js';
import { PAGE, createReportPdf } from './document.js';
import { heading, list, paragraph, type Flow } from './flow.js';
import { table } from './table.js';

/**
 * `export.pdf`: the case-file report as PDF/A-2a, drawn with pdfkit's vector
 * API on the server (no browser). The blocks are the Markdown's; each
 * phase's board is drawn on landscape pages of its own.
 */
export async function toPdf(snapshot: WorkshopSnapshot): Promise<Buffer> {
  const words = exportWords(snapshot.workshop.language);
  const pdf = createReportPdf(snapshot.workshop.title, words);
  const { doc } = pdf;
  const hasGlyph = glyphCheck(doc);
  const measure = advanceMeasure(doc);
  const layouter = createLayouter(measure, norwegianHyphenation(words.language));
  const clean = (text: string) => printable(text, hasGlyph);
  const flow: Flow = {
    pdf,
    left: PAGE.margin,
    width: doc.page.width - 2 * PAGE.margin,
    clean,
    layouter,
    bookmarks: {},
  };
  flow.outline = (title) => (flow.bookmarks.section ?? flow.bookmarks.top)?.addItem(title);
  const context: DrawContext = { measure, layouter, hasGlyph, words };

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (const block of buildReport(snapshot)) {
    switch (block.kind) {
      case 'heading':
        heading(flow, block.level, block.text);
        break;
      case 'paragraph':
        paragraph(flow, block.text, block.tone);
        break;
      case 'list':
        list(flow, block.items);
        break;
      case 'table':
        table(flow, block.columns, block.rows, block.numeric);
        break;
      case 'radar':
        radarFigure(flow, block.axes, block.alt);
        break;
      case 'figure':
        phaseDrawing(flow, snapshot, block, context, words);
        break;
    }
  }
  doc.end();
  return done;
}

function phaseDrawing(
  flow: Flow,
  snapshot: WorkshopSnapshot,
  block: Extract<ReportBlock, { kind: 'figure' }>,
  context: DrawContext,
  words: ExportWords,
): void {
  const area = resolveArea(snapshot.items, { kind: 'phase', phase: block.phase });
  if (!area) return;
  const phase = words.phase(block.phase);
  const text = words.catalogue.caseFile.drawing;
  boardPages(flow, {
    region: area.region,
    draw: (part) => drawBoard(snapshot.items, part, context, area.include),
    items: inPhase(snapshot.items, block.phase),
    caption: block.alt,
    overviewLabel: text.overview,
    alt: block.alt,
    partCaption: (part, parts) => words.fill(text.part, { phase, part, parts }),
    partAlt: (part, parts) => words.fill(text.partAlt, { phase, part, parts }),
    measure: context.measure,
  });
}
