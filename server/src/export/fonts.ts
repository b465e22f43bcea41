import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans, for the PDF (embedded, as PDF/A requires) and for measuring
 * text in the SVG. It covers Norwegian, Sámi and most Latin, Greek and
 * Cyrillic letters. Resolved at run time: the server bundle keeps npm
 * dependencies external, so the package sits in node_modules next to it.
 */
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

export const FONT_FILES = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
} as const;

export type FontWeight = keyof typeof FONT_FILES;

/** Share of the font size above the baseline, and the line height we use (DejaVu Sans). */
export const FONT_ASCENT = 0.928;
export const LINE_HEIGHT = 1.2;

/** Width of `text` at `size`, in the size's units. */
export type MeasureText = (text: string, size: number, weight: FontWeight) => number;

/** The fontkit face behind a pdfkit font (pdfkit exposes it for TrueType; not in its types). */
interface FontFace {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  glyphsForString(text: string): { advanceWidth: number }[];
}

/** pdfkit's embedded font: `layoutRun` turns a string into glyphs and positions. */
interface EmbeddedFont {
  scale: number;
  layoutRun(text: string): unknown;
}

function faceOf(doc: PDFKit.PDFDocument, weight: FontWeight): FontFace | undefined {
  doc.font(weight);
  const face = (doc as unknown as { _font?: { font?: Partial<FontFace> } })._font?.font;
  return typeof face?.glyphForCodePoint === 'function' &&
    typeof face.hasGlyphForCodePoint === 'function' &&
    typeof face.unitsPerEm === 'number'
    ? (face as FontFace)
    : undefined;
}

/**
 * Registers the two weights as `regular` and `bold`, laid out glyph by glyph.
 * (Do not also pass a font path to the document's constructor: pdfkit would
 * then reopen the file on every `font('regular')`.)
 * pdfkit shapes every word with all of DejaVu's OpenType tables, ~6 ms a
 * word: a report of a few hundred notes would hold the event loop (and every
 * live board on the server) for seconds. Norwegian needs no shaping; kerning
 * and ligatures are a nicety a report can do without (and without ligatures
 * every word extracts letter by letter). If pdfkit's internals ever differ,
 * its own layout is kept: slower, still correct.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('regular', FONT_FILES.regular);
  doc.registerFont('bold', FONT_FILES.bold);
  for (const weight of ['regular', 'bold'] as const) {
    const face = faceOf(doc, weight);
    const font = (doc as unknown as { _font?: Partial<EmbeddedFont> })._font;
    if (!face || typeof face.glyphsForString !== 'function' || !font) continue;
    if (typeof font.layoutRun !== 'function' || typeof font.scale !== 'number') continue;
    const scale = font.scale;
    font.layoutRun = (text: string) => {
      const glyphs = face.glyphsForString(text);
      const positions = glyphs.map((glyph) => {
        const advance = glyph.advanceWidth * scale;
        return { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
      });
      const advanceWidth = positions.reduce((sum, position) => sum + position.xAdvance, 0);
      return { glyphs, positions, advanceWidth };
    };
  }
}

/**
 * Measures by summing glyph advances, the widths pdfkit draws with once
 * `registerFonts` has turned shaping off. Falls back to pdfkit's measuring.
 */
export function advanceMeasure(doc: PDFKit.PDFDocument): MeasureText {
  const faces = { regular: faceOf(doc, 'regular'), bold: faceOf(doc, 'bold') };
  const cache = { regular: new Map<number, number>(), bold: new Map<number, number>() };
  return (text, size, weight) => {
    const face = faces[weight];
    if (!face) {
      return doc.font(weight).fontSize(size).widthOfString(text);
    }
    let units = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let advance = cache[weight].get(codePoint);
      if (advance === undefined) {
        advance = face.glyphForCodePoint(codePoint).advanceWidth;
        cache[weight].set(codePoint, advance);
      }
      units += advance;
    }
    return (units / face.unitsPerEm) * size;
  };
}

/** Whether the regular font has a glyph for a code point (true when it cannot tell). */
export function glyphCheck(doc: PDFKit.PDFDocument): (codePoint: number) => boolean {
  const face = faceOf(doc, 'regular');
  if (!face) return () => true;
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let has = known.get(codePoint);
    if (has === undefined) {
      has = face.hasGlyphForCodePoint(codePoint);
      known.set(codePoint, has);
    }
    return has;
  };
}

/** A measure and a glyph check without a report to write (for the SVG). */
export function createTextMeasure(): {
  measure: MeasureText;
  hasGlyph: (codePoint: number) => boolean;
} {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFonts(doc);
  return { measure: advanceMeasure(doc), hasGlyph: glyphCheck(doc) };
}
