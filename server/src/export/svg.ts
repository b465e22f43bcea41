import { drawBoard } from './board-drawing.js';
import { resolveArea, type BoardArea } from './board-area.js';
import type { Mark } from './board-marks.js';
import { PAPER } from './board-style.js';
import { FONT_ASCENT, createTextMeasure, type MeasureText } from './fonts.js';
import type { WorkshopSnapshot } from './snapshot.js';
import { createLayouter, printable } from './text.js';
import { norwegianHyphenation } from '@moteplass/shared/text';
import { exportWords } from './words.js';

/**
 * `export.svg`: a vector drawing of the board (or of one phase or frame),
 * standalone SVG 1.1 that a browser can also paint onto a canvas for the PNG.
 * Everything written on the board is escaped text, never markup.
 */
export function toSvg(snapshot: WorkshopSnapshot, area: BoardArea): string | null {
  const resolved = resolveArea(snapshot.items, area);
  if (!resolved) return null;
  const words = exportWords(snapshot.workshop.language);
  const { measure, hasGlyph } = createTextMeasure();
  const layouter = createLayouter(measure, norwegianHyphenation(words.language));
  const { region, marks } = drawBoard(
    snapshot.items,
    resolved.region,
    { measure, layouter, hasGlyph, words },
    resolved.include,
  );
  const clean = (text: string) => escapeXml(printable(text, hasGlyph));
  const view = [region.x, region.y, region.w, region.h].map(num).join(' ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="${view}" width="${num(region.w)}" height="${num(region.h)}" role="img" aria-labelledby="board-title" xml:lang="${words.language}" font-family="'DejaVu Sans', Verdana, sans-serif">`,
    `<title id="board-title">${clean(snapshot.workshop.title)}</title>`,
    `<defs><clipPath id="board-area"><rect x="${num(region.x)}" y="${num(region.y)}" width="${num(region.w)}" height="${num(region.h)}"/></clipPath></defs>`,
    `<rect x="${num(region.x)}" y="${num(region.y)}" width="${num(region.w)}" height="${num(region.h)}" fill="${PAPER}"/>`,
    '<g clip-path="url(#board-area)">',
    ...groupedByItem(marks, measure),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Each item's marks in a group that names it, so a reader (or a test) can tell notes apart. */
function groupedByItem(marks: readonly Mark[], measure: MeasureText): string[] {
  const out: string[] = [];
  let open: string | undefined;
  for (const mark of marks) {
    if (mark.item !== open) {
      if (open !== undefined) out.push('</g>');
      open = mark.item;
      if (open !== undefined) out.push(`<g data-item="${escapeXml(open)}">`);
    }
    out.push(markSvg(mark, measure));
  }
  if (open !== undefined) out.push('</g>');
  return out;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Board units to SVG numbers: two decimals are far below a pixel. */
const num = (value: number) => String(Math.round(value * 100) / 100);
const points = (list: [number, number][]) => list.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
const paint = (fill: string | null, stroke: string | null, width: number) =>
  `fill="${fill ?? 'none'}" stroke="${stroke ?? 'none'}"${stroke ? ` stroke-width="${num(width)}"` : ''}`;

function markSvg(mark: Mark, measure: MeasureText): string {
  switch (mark.kind) {
    case 'rect':
      return `<rect x="${num(mark.x)}" y="${num(mark.y)}" width="${num(mark.w)}" height="${num(mark.h)}" rx="${num(mark.radius)}" ${paint(mark.fill, mark.stroke, mark.strokeWidth)}/>`;
    case 'ellipse':
      return `<ellipse cx="${num(mark.cx)}" cy="${num(mark.cy)}" rx="${num(mark.rx)}" ry="${num(mark.ry)}" ${paint(mark.fill, mark.stroke, mark.strokeWidth)}/>`;
    case 'polygon':
      return `<polygon points="${points(mark.points)}" ${paint(mark.fill, mark.stroke, mark.strokeWidth)}/>`;
    case 'polyline':
      return `<polyline points="${points(mark.points)}" fill="none" stroke="${mark.stroke}" stroke-width="${num(mark.strokeWidth)}" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'text': {
      const anchor = mark.align === 'middle' ? ' text-anchor="middle"' : '';
      const weight = mark.weight === 'bold' ? ' font-weight="bold"' : '';
      // textLength: a renderer without DejaVu Sans (a browser painting the PNG) squeezes or
      // stretches the line to the width it was laid out at, so it still fits its note.
      const lines = mark.lines.map((line, index) => {
        const baseline = mark.y + mark.size * FONT_ASCENT + index * mark.size * mark.lineHeight;
        const width = measure(line, mark.size, mark.weight);
        return `<tspan x="${num(mark.x)}" y="${num(baseline)}" textLength="${num(width)}" lengthAdjust="spacingAndGlyphs">${escapeXml(line)}</tspan>`;
      });
      return `<text font-size="${num(mark.size)}"${weight} fill="${mark.color}"${anchor} xml:space="preserve">${lines.join('')}</text>`;
    }
  }
}
