import type { Rect } from '../geometry';
import { NOTE_TEXT, noteTextBox } from '../../kinds/note';
import { INK, NOTE_EDGE } from './style';
import { fontOf } from './text-layout';
import { GREEK_INK, greekBars, planText, type ViewDetail } from './text-plan';

type Ctx = CanvasRenderingContext2D;

interface Lines {
  lines: string[];
  x: number;
  y: number;
  lineHeight: number;
}

/**
 * Zoomed out, thousands of notes are on screen: their boxes are filled as
 * one path per colour, their edges stroked as one path, greeked lines
 * filled as one path, and headlines drawn grouped by font, instead of a
 * fill, a stroke and a font change per note. The scene flushes the batch
 * before any item it draws on its own, so the paint order between kinds
 * holds; notes within one batch that overlap show the upper one's text
 * over the lower one's, which at this size nobody can tell.
 */
export class ZoomedOutBatch {
  private readonly fills = new Map<string, Rect[]>();
  private readonly edges: Rect[] = [];
  private readonly greek: Rect[] = [];
  private readonly texts = new Map<string, Lines[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** A box a few pixels across, in its colour only. */
  block(fill: string, r: Rect): void {
    let list = this.fills.get(fill);
    if (!list) this.fills.set(fill, (list = []));
    list.push(r);
    this.count += 1;
  }

  /**
   * A note-like item (a square of `fill` with `text`, kinds' `batchFill`)
   * whose text is not drawn in full here; false when it is (the caller draws it itself).
   */
  note(ctx: Ctx, item: Rect, fill: string, text: string, view: ViewDetail): boolean {
    const look = lookOf(ctx, item, text, view);
    if (!look) return false;
    this.block(fill, item);
    this.edges.push(item);
    if (look.bars) for (const bar of look.bars) this.greek.push(bar);
    if (look.text) {
      let list = this.texts.get(look.text.font);
      if (!list) this.texts.set(look.text.font, (list = []));
      list.push(look.text);
    }
    return true;
  }

  flush(ctx: Ctx, scale: number): void {
    if (this.count === 0) return;
    for (const [fill, rects] of this.fills) if (rects.length > 0) fillRects(ctx, fill, rects);
    if (this.edges.length > 0) {
      ctx.strokeStyle = NOTE_EDGE;
      ctx.lineWidth = 1 / scale;
      ctx.beginPath();
      for (const r of this.edges) ctx.rect(r.x, r.y, r.w, r.h);
      ctx.stroke();
    }
    if (this.greek.length > 0) fillRects(ctx, GREEK_INK, this.greek);
    ctx.fillStyle = INK;
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    for (const [font, entries] of this.texts) {
      if (entries.length === 0) continue;
      ctx.font = font;
      for (const { lines, x, y, lineHeight } of entries)
        for (let i = 0; i < lines.length; i++) ctx.fillText(lines[i]!, x, y + i * lineHeight);
    }
    // Emptied, not dropped: the same few lists serve every frame (less for the garbage collector).
    for (const rects of this.fills.values()) rects.length = 0;
    this.edges.length = 0;
    this.greek.length = 0;
    for (const entries of this.texts.values()) entries.length = 0;
    // Each headline size is a font; a long session of zooming should not keep them all.
    if (this.texts.size > 256) this.texts.clear();
    this.count = 0;
  }
}

/** What a zoomed-out note shows: its headline, or greeked lines, or only its box (null: in full). */
interface NoteLook {
  step: number;
  text: (Lines & { font: string }) | null;
  bars: Rect[] | null;
}

/**
 * Per note and zoom step, remembered with the parsed item (a changed note is
 * a new object), so a pan over thousands of notes neither builds cache keys
 * nor picks headlines again: it only draws.
 */
const looks = new WeakMap<object, NoteLook | { step: number; full: true }>();

/**
 * New looks worked out per frame. Crossing a zoom step with thousands of
 * notes on screen would otherwise lay them all out in one frame; past the
 * budget a note keeps the look of the step before (its text a little larger
 * or smaller for a frame or two) or, seen for the first time, only its box,
 * and the canvas draws again at the next frame (`detailPending`).
 */
export const LOOKS_PER_FRAME = 300;
let budget = LOOKS_PER_FRAME;
let pending = false;

/** Called at the start of each static frame. */
export function startDetailFrame(): void {
  budget = LOOKS_PER_FRAME;
  pending = false;
}

/** Whether the last frame left notes with a stand-in look: draw again. */
export function detailPending(): boolean {
  return pending;
}

const BOX_ONLY: NoteLook = { step: 0, text: null, bars: null };

function lookOf(ctx: Ctx, item: Rect, text: string, view: ViewDetail): NoteLook | null {
  const known = looks.get(item);
  if (known?.step === view.step) return 'full' in known ? null : known;
  if (budget <= 0) {
    pending = true;
    if (!known) return BOX_ONLY;
    return 'full' in known ? null : known;
  }
  budget -= 1;
  const box = noteTextBox(item);
  // Decided at the step, not the exact scale: a note changes its look only when the step does.
  const plan = planText(ctx, text, box, NOTE_TEXT, { scale: view.step, step: view.step });
  if (plan.kind === 'lines' && !plan.headline) {
    looks.set(item, { step: view.step, full: true });
    return null;
  }
  const look: NoteLook = {
    step: view.step,
    text:
      plan.kind === 'lines'
        ? {
            font: fontOf(plan.layout.fontSize),
            lines: plan.layout.lines,
            x: box.x,
            y: box.y,
            lineHeight: plan.layout.lineHeight,
          }
        : null,
    bars: plan.kind === 'greek' ? greekBars(plan.layout, box, NOTE_TEXT) : null,
  };
  looks.set(item, look);
  return look;
}

function fillRects(ctx: Ctx, fill: string, rects: readonly Rect[]): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  for (const r of rects) ctx.rect(r.x, r.y, r.w, r.h);
  ctx.fill();
}
