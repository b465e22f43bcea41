import { kindHas, type Rect } from '@moteplass/shared';
import { rectOf } from '../board-geometry.js';
import type { BoardDrawing } from '../board-marks.js';
import { LINE, NOTE_FILLS, PAPER, SIZES, SURFACE } from '../board-style.js';
import type { MeasureText } from '../fonts.js';
import type { SnapshotItem } from '../snapshot.js';
import { COLORS, TYPE } from './document.js';
import { drawMark } from './draw-mark.js';
import type { Flow } from './flow.js';

/**
 * A phase's board as vector drawings on A4 landscape pages, each a tagged
 * Figure with its alternative text. The scale keeps a note's smallest text
 * at LEGIBLE_PT or more; a phase too large for one page at that scale is
 * split into parts, each page with an overview map that marks its part
 * (EXPORT-5).
 */
export const LEGIBLE_PT = 4.5;
/** Below this, the smallest note text would print under LEGIBLE_PT. */
export const MIN_SCALE = LEGIBLE_PT / SIZES.noteTextMin;
/** A small phase is not blown up past its size on the board. */
const MAX_SCALE = 1;
const MARGIN = 30;
const CAPTION = 22;
/** Below the drawing: the page footer. */
const FOOTER = 50;
const OVERVIEW = { width: 120, gap: 10, maxHeight: 200 };

export interface BoardPagesInput {
  region: Rect;
  /** The marks of the items to draw inside `part` of the region. */
  draw: (part: Rect) => BoardDrawing;
  /** Items of the phase, for the overview map. */
  items: readonly SnapshotItem[];
  caption: string;
  overviewLabel: string;
  alt: string;
  partCaption: (part: number, parts: number) => string;
  partAlt: (part: number, parts: number) => string;
  measure: MeasureText;
}

export interface PagePlan {
  scale: number;
  parts: Rect[];
}

/**
 * How a region is laid out on landscape pages: one page, or parts that each
 * fit a page at MIN_SCALE. Parts end in the gaps between items where there is
 * one in the second half of a page, so a note is not cut across two pages.
 * A part with no item in it (the empty bottom of a tall frame) gets no page.
 */
export function planPages(
  region: Rect,
  items: readonly Rect[] = [],
  page = { width: 842, height: 595 },
): PagePlan {
  const width = page.width - 2 * MARGIN;
  const height = page.height - MARGIN - CAPTION - FOOTER;
  const fit = Math.min(width / region.w, height / region.h);
  if (fit >= MIN_SCALE) return { scale: Math.min(fit, MAX_SCALE), parts: [region] };
  const partWidth = width - OVERVIEW.width - OVERVIEW.gap;
  const xs = cuts(
    region.x,
    region.x + region.w,
    partWidth / MIN_SCALE,
    items.map((r) => [r.x, r.x + r.w]),
  );
  const ys = cuts(
    region.y,
    region.y + region.h,
    height / MIN_SCALE,
    items.map((r) => [r.y, r.y + r.h]),
  );
  const parts: Rect[] = [];
  for (const [top, bottom] of ys) {
    for (const [left, right] of xs)
      parts.push({ x: left, y: top, w: right - left, h: bottom - top });
  }
  const filled = parts.filter((part) => items.some((item) => overlaps(item, part)));
  if (filled.length > 0 && filled.length < parts.length) parts.splice(0, parts.length, ...filled);
  const widest = Math.max(...parts.map((part) => part.w));
  const tallest = Math.max(...parts.map((part) => part.h));
  return { scale: Math.min(partWidth / widest, height / tallest, MAX_SCALE), parts };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Stretches of at most `longest` from `start` to `end`, ending where no span is cut if possible. */
function cuts(
  start: number,
  end: number,
  longest: number,
  spans: [number, number][],
): [number, number][] {
  const inside = (at: number) => spans.some(([from, to]) => from < at && at < to);
  const stretches: [number, number][] = [];
  let from = start;
  while (end - from > longest) {
    const limit = from + longest;
    const gaps = spans
      .map(([, to]) => to)
      .filter((at) => at > from + longest / 2 && at <= limit && !inside(at));
    const to = gaps.length > 0 ? Math.max(...gaps) : limit;
    stretches.push([from, to]);
    from = to;
  }
  stretches.push([from, end]);
  return stretches;
}

export function boardPages(flow: Flow, input: BoardPagesInput): void {
  const { doc, root } = flow.pdf;
  const placed = input.items.filter(
    ({ item }) => !kindHas(item.type, 'container') && !kindHas(item.type, 'joins'),
  );
  const plan = planPages(
    input.region,
    placed.map(({ item }) => rectOf(item)),
  );
  const count = plan.parts.length;
  plan.parts.forEach((part, index) => {
    doc.addPage({ size: 'A4', layout: 'landscape', margin: MARGIN });
    const caption = count > 1 ? input.partCaption(index + 1, count) : input.caption;
    flow.pdf.setFont('bold', TYPE.h3, COLORS.ink);
    root.add(
      doc.struct('P', {}, () => {
        doc.text(flow.clean(caption), MARGIN, MARGIN, { width: doc.page.width - 2 * MARGIN });
      }),
    );
    flow.outline?.(caption);
    const left = MARGIN;
    const top = MARGIN + CAPTION;
    const width = part.w * plan.scale;
    const height = part.h * plan.scale;
    const alt = count > 1 ? `${input.alt} ${input.partAlt(index + 1, count)}` : input.alt;
    const options = {
      alt: flow.clean(alt),
      bbox: [left, top, doc.page.width - MARGIN, top + height],
      placement: 'Block',
    } as PDFKit.Mixins.StructureElementOptions;
    const drawing = input.draw(part);
    root.add(
      doc.struct('Figure', options, () => {
        doc.save();
        doc.rect(left, top, width, height).clip();
        doc.rect(left, top, width, height).fill(PAPER);
        doc.translate(left, top).scale(plan.scale).translate(-part.x, -part.y);
        for (const mark of drawing.marks) drawMark(doc, mark, input.measure);
        doc.restore();
        if (count > 1)
          overview(doc, input, plan.parts, part, doc.page.width - MARGIN - OVERVIEW.width, top);
      }),
    );
  });
  // What follows continues on a portrait page.
  doc.addPage();
  doc.x = flow.left;
  doc.y = doc.page.margins.top;
}

/** The whole phase in miniature: its frames and parts, this page's part filled and outlined. */
function overview(
  doc: PDFKit.PDFDocument,
  input: BoardPagesInput,
  parts: readonly Rect[],
  part: Rect,
  left: number,
  top: number,
): void {
  const { region } = input;
  const scale = Math.min(OVERVIEW.width / region.w, OVERVIEW.maxHeight / region.h);
  const map = (rect: Rect) => ({
    x: left + (rect.x - region.x) * scale,
    y: top + 14 + (rect.y - region.y) * scale,
    w: rect.w * scale,
    h: rect.h * scale,
  });
  doc.save();
  doc.font('bold').fontSize(TYPE.small).fillColor(COLORS.muted);
  doc.text(input.overviewLabel, left, top, { lineBreak: false });
  const whole = map(region);
  doc.rect(whole.x, whole.y, whole.w, whole.h).lineWidth(0.5).fillAndStroke(SURFACE, LINE);
  const current = map(part);
  doc.rect(current.x, current.y, current.w, current.h).fill(NOTE_FILLS.blue);
  // The frames and the parts, not every note: a large phase has thousands, and each costs a path.
  for (const { item } of input.items) {
    if (!kindHas(item.type, 'container')) continue;
    const box = map(rectOf(item));
    doc.rect(box.x, box.y, box.w, box.h).lineWidth(0.5).stroke(LINE);
  }
  for (const other of parts) {
    const box = map(other);
    doc.rect(box.x, box.y, box.w, box.h).lineWidth(0.3).stroke(COLORS.rule);
  }
  const here = map(part);
  doc.rect(here.x, here.y, here.w, here.h).lineWidth(1.5).stroke('#1d5fd1');
  doc.restore();
}
