import { boardPictureOf, NOTE_FILLS, type BoardPicture, type ReadField } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { fitRectInside, READABLE_SCALE } from '../geometry';
import { drawPicture, pictureViewport } from './draw-picture';

const item =
  (fields: Record<string, unknown>): ReadField =>
  (name) =>
    fields[name];

const board = (): BoardPicture =>
  boardPictureOf([
    ['frame-explore', item({ type: 'frame', x: 0, y: 0, w: 2000, h: 1200, phase: 'explore' })],
    ['frame-design', item({ type: 'frame', x: 2100, y: 0, w: 2000, h: 1200, phase: 'design' })],
    ['a', item({ type: 'note', x: 40, y: 400, w: 160, h: 160, phase: 'explore', color: 'blue' })],
    ['b', item({ type: 'note', x: 240, y: 400, w: 160, h: 160, phase: 'explore', color: 'x' })],
    ['t', item({ type: 'text', x: 10, y: 10, w: 300, h: 40, phase: 'explore' })],
  ]);

const INSETS = { top: 110, right: 0, bottom: 120, left: 0 };

/** A 2D context that records what was filled, in which colour. */
function recordingContext() {
  const fills: { style: string; rects: number[][] }[] = [];
  let path: number[][] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    setTransform: () => {},
    beginPath: () => (path = []),
    rect: (x: number, y: number, w: number, h: number) => path.push([x, y, w, h]),
    fill() {
      fills.push({ style: ctx.fillStyle, rects: path });
    },
    stroke: () => {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

describe('the board picture', () => {
  it("JOIN-9: opens at the live canvas's first view — the phase's frame at a readable zoom, else everything", () => {
    const picture = board();
    expect(pictureViewport(picture, 'explore', 375, 600, INSETS)).toEqual(
      fitRectInside({ x: 0, y: 0, w: 2000, h: 1200 }, 375, 600, INSETS, READABLE_SCALE),
    );
    expect(pictureViewport(picture, 'design', 1280, 800, INSETS)).toEqual(
      fitRectInside({ x: 2100, y: 0, w: 2000, h: 1200 }, 1280, 800, INSETS, READABLE_SCALE),
    );
    // No frame for the phase: everything, as `zoomToFit`.
    const unframed = { ...picture, frames: [] };
    expect(pictureViewport(unframed, 'produce', 375, 600, INSETS)).toEqual(
      fitRectInside({ x: 0, y: 0, w: 4100, h: 1200 }, 375, 600, INSETS, 0),
    );
  });

  it('JOIN-9: draws frames behind and every note in its palette colour (an unknown colour as yellow)', () => {
    const { ctx, fills } = recordingContext();
    drawPicture(ctx, board(), { x: 0, y: 0, scale: 0.1 }, 2);
    expect(fills.map((f) => f.style)).toEqual(['#ffffff', NOTE_FILLS.blue, NOTE_FILLS.yellow]);
    expect(fills[0]!.rects).toHaveLength(2);
    expect(fills.slice(1).flatMap((f) => f.rects)).toEqual([
      [40, 400, 160, 160],
      [240, 400, 160, 160],
    ]);
    expect(board().notes).toBe(2);
  });
});
