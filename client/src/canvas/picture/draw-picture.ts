import {
  LINE,
  pictureFirstView,
  SURFACE,
  type BoardPicture,
  type PhaseId,
} from '@moteplass/shared';
import type { Insets, Viewport } from '../contract';
import { fitRectInside, READABLE_SCALE } from '../geometry';

/** The live canvas's first view of this board (its `fitOnce`): the phase's frame, else everything. */
export function pictureViewport(
  picture: BoardPicture,
  phase: PhaseId,
  width: number,
  height: number,
  insets: Insets,
): Viewport | null {
  const first = pictureFirstView(picture, phase);
  if (!first || width === 0) return null;
  const [x, y, w, h] = first.box;
  return fitRectInside({ x, y, w, h }, width, height, insets, first.readable ? READABLE_SCALE : 0);
}

function rectsPath(ctx: CanvasRenderingContext2D, boxes: readonly number[]): void {
  ctx.beginPath();
  for (let i = 0; i + 3 < boxes.length; i += 4)
    ctx.rect(boxes[i]!, boxes[i + 1]!, boxes[i + 2]!, boxes[i + 3]!);
}

/**
 * Draw the picture as the live canvas draws the board zoomed out (JOIN-9):
 * frames behind, then each look's boxes as one filled and one stroked path,
 * as `ZoomedOutBatch` does. `ratio`: device pixels per CSS pixel.
 */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  picture: BoardPicture,
  view: Viewport,
  ratio: number,
): void {
  ctx.setTransform(ratio * view.scale, 0, 0, ratio * view.scale, ratio * view.x, ratio * view.y);
  ctx.lineWidth = 1 / view.scale;
  if (picture.frames.length > 0) {
    rectsPath(
      ctx,
      picture.frames.flatMap((frame) => frame.box),
    );
    ctx.fillStyle = SURFACE;
    ctx.fill();
    ctx.strokeStyle = LINE;
    ctx.stroke();
  }
  for (const layer of picture.layers) {
    rectsPath(ctx, layer.boxes);
    ctx.fillStyle = layer.fill;
    ctx.fill();
    ctx.strokeStyle = layer.edge;
    ctx.stroke();
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
