import type { Rect } from '@moteplass/shared';
import { INK } from './board-style.js';
import { LINE_HEIGHT, type FontWeight, type MeasureText } from './fonts.js';
import { printable, type TextLayouter } from './text.js';
import type { ExportWords } from './words.js';

/**
 * The board as a list of simple marks in board units, drawn the same way by
 * the SVG writer and the PDF writer. Text is wrapped here, with the font the
 * PDF embeds, so both break lines alike.
 */
export type Point = [number, number];

export type Mark = MarkShape & {
  /** The id of the item it belongs to (set by `drawBoard`). */
  item?: string;
};

export type MarkShape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string | null;
      stroke: string | null;
      strokeWidth: number;
      radius: number;
    }
  | {
      kind: 'ellipse';
      cx: number;
      cy: number;
      rx: number;
      ry: number;
      fill: string;
      stroke: string;
      strokeWidth: number;
    }
  | { kind: 'polygon'; points: Point[]; fill: string; stroke: string | null; strokeWidth: number }
  | { kind: 'polyline'; points: Point[]; stroke: string; strokeWidth: number }
  | {
      kind: 'text';
      x: number;
      y: number;
      lines: string[];
      size: number;
      /** Distance between baselines, as a share of `size`. */
      lineHeight: number;
      weight: FontWeight;
      color: string;
      align: 'start' | 'middle';
      /** The box the lines were laid out in: every line fits its width, all of them its height. */
      box: Rect;
    };

export interface BoardDrawing {
  region: Rect;
  marks: Mark[];
}

export interface DrawContext {
  measure: MeasureText;
  layouter: TextLayouter;
  hasGlyph: (codePoint: number) => boolean;
  words: ExportWords;
}

export interface TextOptions {
  weight?: FontWeight;
  color?: string;
  align?: 'start' | 'middle';
  /** Centre the lines vertically in the box. */
  middle?: boolean;
  /** Shrink down to this size before cutting (as the canvas does); no shrinking without it. */
  min?: number;
  lineHeight?: number;
}

/** Text in a box; `cut` when not all of it fits even at the smallest size. */
export function textBox(
  content: string,
  box: Rect,
  size: number,
  context: DrawContext,
  options: TextOptions,
): { marks: Mark[]; cut: boolean } {
  const weight = options.weight ?? 'regular';
  const lineHeight = options.lineHeight ?? LINE_HEIGHT;
  const clean = printable(content, context.hasGlyph).trim();
  if (!clean || box.w <= 0 || box.h <= 0) return { marks: [], cut: clean.length > 0 };
  const fitted = context.layouter.fit(clean, box.w, box.h, {
    max: size,
    min: Math.min(size, options.min ?? size),
    weight,
    lineHeight,
  });
  if (fitted.lines.length === 0) return { marks: [], cut: fitted.cut };
  const lines = fitted.lines.map((line) => line.text);
  const used = fitted.size;
  const align = options.align ?? 'start';
  const top = options.middle ? box.y + (box.h - lines.length * used * lineHeight) / 2 : box.y;
  const x = align === 'middle' ? box.x + box.w / 2 : box.x;
  const mark: Mark = {
    kind: 'text',
    x,
    y: top,
    lines,
    size: used,
    lineHeight,
    weight,
    color: options.color ?? INK,
    align,
    box,
  };
  return { marks: [mark], cut: fitted.cut };
}

export function textMark(
  content: string,
  box: Rect,
  size: number,
  context: DrawContext,
  options: TextOptions,
): Mark[] {
  return textBox(content, box, size, context, options).marks;
}
