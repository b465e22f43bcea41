import type { ReportListItem } from '../report-blocks.js';
import type { TextLayouter } from '../text.js';
import { COLORS, TYPE, type ReportPdf } from './document.js';

/**
 * Headings, paragraphs and lists, each a tagged structure element (H1–H3, P,
 * L > LI > Lbl + LBody). Text that runs past the page continues on the next;
 * pdfkit carries the tags across. Pages are only added between elements.
 */
export interface Flow {
  pdf: ReportPdf;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
  /** Every string passes through here: only glyphs the font has. */
  clean(text: string): string;
  /** Lines broken by the shared line breaker; pdfkit then only places them. */
  layouter: TextLayouter;
  /** Bookmarks (the PDF's outline): the current level-1 and level-2 headings. */
  bookmarks: { top?: PDFKit.PDFOutline; section?: PDFKit.PDFOutline };
  /** A bookmark under the current section (a board picture's page). */
  outline?: (title: string) => void;
}

/**
 * Text broken into lines at word boundaries (hyphenated only where a word is
 * wider than the line), joined with newlines so that pdfkit, whose own
 * wrapping would cut a long word anywhere, finds nothing left to break.
 * Half a point of slack: pdfkit sums the same advances, rounded differently.
 */
export function wrapped(
  flow: Flow,
  text: string,
  width: number,
  size: number,
  weight: 'regular' | 'bold',
): string {
  return flow.layouter.wrap(text, width - 0.5, size, weight).join('\n');
}

/** Height of text already broken into lines, as pdfkit will place it. */
function linesHeight(flow: Flow, text: string, size: number, lineGap: number): number {
  const { doc } = flow.pdf;
  doc.font('regular').fontSize(size);
  return text.split('\n').length * (doc.currentLineHeight(true) + lineGap);
}

/**
 * Lines already broken placed one by one: pdfkit's own wrapper would break
 * them all over again (the costliest part of a long report), and it counts
 * the line feed's glyph as width, so a full line would lose its last word.
 */
function placeLines(flow: Flow, text: string, x: number, top: number, lineGap: number) {
  const { doc } = flow.pdf;
  const step = doc.currentLineHeight(true) + lineGap;
  let y = top;
  for (const line of text.split('\n')) {
    if (y + step > bottomOf(doc)) {
      // Only an item taller than a page gets here; pdfkit carries its tags over.
      (doc as unknown as { continueOnNewPage(): void }).continueOnNewPage();
      y = doc.page.margins.top;
    }
    doc.text(line, x, y, { lineBreak: false });
    y += step;
  }
  doc.x = flow.left;
  doc.y = y;
}

function bookmark(flow: Flow, level: 1 | 2 | 3, title: string): void {
  const { doc } = flow.pdf;
  if (level === 1) {
    flow.bookmarks = { top: doc.outline.addItem(title, { expanded: true }) };
  } else if (level === 2) {
    flow.bookmarks.section = (flow.bookmarks.top ?? doc.outline).addItem(title);
  } else {
    (flow.bookmarks.section ?? flow.bookmarks.top ?? doc.outline).addItem(title);
  }
}

export const bottomOf = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

/** A new page unless `height` still fits on this one (and it would fit on an empty one). */
export function ensureSpace(flow: Flow, height: number): void {
  const { doc } = flow.pdf;
  const fresh = bottomOf(doc) - doc.page.margins.top;
  if (doc.y + Math.min(height, fresh) > bottomOf(doc)) doc.addPage();
}

const HEADINGS = {
  1: { tag: 'H1', size: TYPE.h1, before: 0, after: 10 },
  2: { tag: 'H2', size: TYPE.h2, before: 14, after: 6 },
  3: { tag: 'H3', size: TYPE.h3, before: 8, after: 4 },
} as const;

/** `keepWith`: height of what must follow on the same page (a few lines, or a phase's drawing). */
export function heading(
  flow: Flow,
  level: 1 | 2 | 3,
  text: string,
  keepWith = TYPE.body * 4,
): void {
  const { doc, root, setFont } = flow.pdf;
  const style = HEADINGS[level];
  ensureSpace(flow, style.before + style.size * 2 + keepWith);
  if (doc.y > doc.page.margins.top) doc.y += style.before;
  const clean = flow.clean(text);
  bookmark(flow, level, clean);
  root.add(
    doc.struct(style.tag, {}, () => {
      setFont('bold', style.size);
      placeLines(flow, wrapped(flow, clean, flow.width, style.size, 'bold'), flow.left, doc.y, 0);
    }),
  );
  doc.y += style.after;
}

export function paragraph(flow: Flow, text: string, tone?: 'muted' | 'strong'): void {
  const { doc, root, setFont } = flow.pdf;
  const clean = flow.clean(text);
  if (!clean.trim()) return;
  ensureSpace(flow, TYPE.body * 3);
  root.add(
    doc.struct('P', {}, () => {
      setFont(
        tone === 'strong' ? 'bold' : 'regular',
        TYPE.body,
        tone === 'muted' ? COLORS.muted : COLORS.ink,
      );
      const weight = tone === 'strong' ? 'bold' : 'regular';
      placeLines(flow, wrapped(flow, clean, flow.width, TYPE.body, weight), flow.left, doc.y, 1.5);
    }),
  );
  doc.y += 5;
}

const INDENT = 14;

export function list(flow: Flow, items: readonly ReportListItem[]): void {
  const { doc, root, setFont } = flow.pdf;
  const bodyWidth = flow.width - INDENT;
  const listElement = doc.struct('L');
  root.add(listElement);
  for (const item of items) {
    const text = wrapped(flow, flow.clean(item.text || '–'), bodyWidth, TYPE.body, 'regular');
    const meta = item.meta
      ? wrapped(flow, flow.clean(item.meta), bodyWidth, TYPE.small, 'regular')
      : '';
    // Already broken into lines that fit: the height is counted, not laid out again.
    const height =
      linesHeight(flow, text, TYPE.body, 1.5) + (meta ? linesHeight(flow, meta, TYPE.small, 0) : 0);
    ensureSpace(flow, height + 4);
    const top = doc.y;
    const entry = doc.struct('LI');
    listElement.add(entry);
    entry.add(
      doc.struct('Lbl', {}, () => {
        setFont('regular', TYPE.body);
        doc.text('•', flow.left, top, { width: INDENT, lineBreak: false });
      }),
    );
    // Text and meta as two paragraphs, so they do not run together when read aloud or copied.
    const body = [
      doc.struct('P', {}, () => {
        setFont('regular', TYPE.body);
        placeLines(flow, text, flow.left + INDENT, top, 1.5);
      }),
    ];
    if (meta) {
      body.push(
        doc.struct('P', {}, () => {
          setFont('regular', TYPE.small, COLORS.muted);
          placeLines(flow, meta, flow.left + INDENT, doc.y, 0);
        }),
      );
    }
    entry.add(doc.struct('LBody', {}, body));
    entry.end();
    doc.y += 4;
  }
  listElement.end();
  doc.y += 2;
}
