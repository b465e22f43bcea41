import type { Rect } from '@moteplass/shared';
import { INK } from './board-style.js';
import { LINE_HEIGHT, type FontWeight, type MeasureText } from './fonts.js';
import { printable, wrapText } from './text.js';
import type { ExportWords } from './words.js';

/**
 * The board as a list of simple marks in board units, drawn the same way by
 * the SVG writer and the PDF writer. Text is wrapped here, with the font the
 * PDF embeds, so both break lines alike.
 */
export type Point = [number, number];

export type Mark =
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
      weight: FontWeight;
      color: string;
      align: 'start' | 'middle';
    };

export interface BoardDrawing {
  region: Rect;
  marks: Mark[];
}

export interface DrawContext {
  measure: MeasureText;
  hasGlyph: (codePoint: number) => boolean;
  words: ExportWords;
}

export interface TextOptions {
  weight?: FontWeight;
  color?: string;
  align?: 'start' | 'middle';
  /** Centre the lines vertically in the box. */
  middle?: boolean;
}

export function textMark(
  content: string,
  box: Rect,
  size: number,
  context: DrawContext,
  options: TextOptions,
): Mark[] {
  const weight = options.weight ?? 'regular';
  const lineHeight = size * LINE_HEIGHT;
  const maxLines = Math.floor(box.h / lineHeight);
  const clean = printable(content, context.hasGlyph).trim();
  if (!clean || maxLines < 1 || box.w <= 0) return [];
  const lines = wrapText(clean, context.measure, { width: box.w, size, weight, maxLines });
  const align = options.align ?? 'start';
  const top = options.middle ? box.y + (box.h - lines.length * lineHeight) / 2 : box.y;
  const x = align === 'middle' ? box.x + box.w / 2 : box.x;
  return [{ kind: 'text', x, y: top, lines, size, weight, color: options.color ?? INK, align }];
}
