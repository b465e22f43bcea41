import type { Viewport } from '../contract';
import type { Rect } from '../geometry';
import { FRAME_LABEL_MIN_WIDTH_PX, FRAME_PROMPT_PX, FRAME_TITLE_PX } from './lod';
import { INK, MUTED, SURFACE } from './style';
import { fontOf, layoutText } from './text-layout';

type Ctx = CanvasRenderingContext2D;

/** A frame's title and the phase prompts in it, drawn above the frame when zoomed out. */
export interface FrameLabel {
  frame: Rect;
  title: string;
  prompts: string[];
}

/** Screen pixels between the label and the frame's top edge, and kept from the canvas's edges. */
const GAP_PX = 8;
const EDGE_PX = 6;
const PAD_PX = 6;
/** Prompts are listed only where the frame is wide enough for a few words of them. */
const PROMPTS_MIN_WIDTH_PX = 110;
const MAX_PROMPT_LINES = 3;

/**
 * Frame labels at a fixed size on screen (FRAME_TITLE_PX, FRAME_PROMPT_PX),
 * whatever the zoom: the title in bold and the prompts joined by " · ",
 * cut with an ellipsis to the frame's width. The label sits above the frame;
 * where that is off the top of the canvas it stays on screen inside the
 * frame's top, on a backing so it reads over notes (a sticky header).
 * Drawn in screen pixels (the layer's scale undone), so it is crisp.
 */
export function drawFrameLabels(
  ctx: Ctx,
  labels: readonly FrameLabel[],
  v: Viewport,
  screen: { width: number; height: number },
): void {
  if (labels.length === 0) return;
  const m = ctx.getTransform();
  const pixelRatio = v.scale > 0 ? m.a / v.scale : 1;
  ctx.save();
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  for (const label of labels) drawLabel(ctx, label, v, screen);
  ctx.restore();
}

function drawLabel(
  ctx: Ctx,
  { frame, title, prompts }: FrameLabel,
  v: Viewport,
  screen: { width: number; height: number },
): void {
  const frameLeft = frame.x * v.scale + v.x;
  const frameTop = frame.y * v.scale + v.y;
  const frameRight = frameLeft + frame.w * v.scale;
  const frameBottom = frameTop + frame.h * v.scale;
  // Kept on screen while the frame is: slide along its top edge.
  const left = Math.max(frameLeft, Math.min(EDGE_PX, frameRight));
  const width = Math.min(frameRight, screen.width - EDGE_PX) - left;
  if (width < FRAME_LABEL_MIN_WIDTH_PX || !title.trim()) return;

  // Laid out a padding narrower than the frame, so the sticky form's backing stays inside it.
  const textWidth = width - 2 * PAD_PX;
  const titleLayout = layoutText(ctx, title, textWidth, FRAME_TITLE_PX * 1.3, {
    max: FRAME_TITLE_PX,
    min: FRAME_TITLE_PX,
    bold: true,
    leading: 1.3,
  });
  const promptText = prompts.filter((p) => p.trim()).join(' · ');
  const promptLayout =
    promptText && width >= PROMPTS_MIN_WIDTH_PX
      ? layoutText(ctx, promptText, textWidth, FRAME_PROMPT_PX * 1.35 * MAX_PROMPT_LINES, {
          max: FRAME_PROMPT_PX,
          min: FRAME_PROMPT_PX,
          leading: 1.35,
        })
      : null;
  // Room for the most prompt lines, so side-by-side frames have their titles on one line.
  const titleHeight = titleLayout.lines.length * titleLayout.lineHeight;
  const promptLine = promptLayout?.lineHeight ?? 0;
  let top = frameTop - GAP_PX - titleHeight - MAX_PROMPT_LINES * promptLine;
  const sticky = top < EDGE_PX;
  if (sticky) {
    const height = titleHeight + (promptLayout?.lines.length ?? 0) * promptLine;
    // Above the frame is off screen: inside its top, while the frame is tall enough to hold it.
    top = Math.min(
      Math.max(EDGE_PX + PAD_PX, frameTop + PAD_PX + 2),
      frameBottom - height - PAD_PX,
    );
    if (top + height < EDGE_PX) return;
    ctx.fillStyle = SURFACE;
    ctx.globalAlpha = 0.94;
    ctx.beginPath();
    ctx.roundRect(left + 2, top - PAD_PX, width - 4, height + 2 * PAD_PX, 6);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  const x = sticky ? left + PAD_PX : left;
  let y = top;
  ctx.font = fontOf(FRAME_TITLE_PX, true);
  ctx.fillStyle = INK;
  for (const line of titleLayout.lines) {
    ctx.fillText(line, x, y);
    y += titleLayout.lineHeight;
  }
  if (!promptLayout) return;
  ctx.font = fontOf(FRAME_PROMPT_PX);
  ctx.fillStyle = MUTED;
  for (const line of promptLayout.lines) {
    ctx.fillText(line, x, y);
    y += promptLayout.lineHeight;
  }
}
