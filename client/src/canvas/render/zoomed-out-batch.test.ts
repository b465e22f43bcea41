import type { BoardItem } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { scaleStep } from './lod';
import {
  detailPending,
  LOOKS_PER_FRAME,
  startDetailFrame,
  ZoomedOutBatch,
} from './zoomed-out-batch';

/** A context whose characters are half as wide as the font is tall, and that records fillText. */
function fakeContext() {
  const texts: string[] = [];
  const ctx = {
    font: '10px x',
    measureText: (text: string) => ({ width: text.length * Number.parseFloat(ctx.font) * 0.5 }),
    fillText: (text: string) => texts.push(text),
    beginPath() {},
    rect() {},
    fill() {},
    stroke() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

function notes(count: number, text: string): (BoardItem & { type: 'note' })[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'note',
    x: (i % 100) * 224,
    y: Math.floor(i / 100) * 224,
    w: 200,
    h: 200,
    phase: 'explore',
    text: `${text} ${i}`,
    color: 'yellow',
  }));
}

const at = (scale: number) => ({ scale, step: scaleStep(scale) });

describe('LOD-2: zoomed-out notes are laid out at most LOOKS_PER_FRAME at a time', () => {
  it('draws a headline for every note once the frames after a zoom step have caught up', () => {
    const { ctx, texts } = fakeContext();
    const batch = new ZoomedOutBatch();
    const board = notes(LOOKS_PER_FRAME * 2 + 10, 'Trygg skolevei');
    let frames = 0;
    do {
      frames += 1;
      texts.length = 0;
      startDetailFrame();
      for (const note of board)
        expect(batch.note(ctx, note, '#fff4a3', note.text, at(0.25))).toBe(true);
      batch.flush(ctx, 0.25);
    } while (detailPending() && frames < 10);
    expect(frames).toBe(3);
    expect(texts.filter((t) => t.startsWith('Trygg'))).toHaveLength(board.length);
  });

  it('leaves a note drawn in full to the caller', () => {
    const { ctx } = fakeContext();
    startDetailFrame();
    expect(new ZoomedOutBatch().note(ctx, notes(1, 'Kort')[0]!, '#fff4a3', 'Kort', at(1))).toBe(
      false,
    );
  });
});
