/// <reference lib="dom" />
/**
 * In-page measurement, passed to `page.evaluate`: zoom out and in between
 * `from` and `to` (geometrically, one step per animation frame, 120 frames
 * each way) around the world point (cx, cy) for `ms` milliseconds, and
 * return the time between frames. Every zoom step the level of detail is
 * laid out for is crossed, so this is where uncached text layout would show.
 * Self-contained (it runs in the browser).
 */
export function zoomFrameTimes(args: {
  ms: number;
  from: number;
  to: number;
  cx: number;
  cy: number;
  width: number;
  height: number;
}): Promise<number[]> {
  return new Promise((resolve) => {
    const canvas = (
      window as unknown as {
        __moteplassCanvas: { setViewport(v: { x: number; y: number; scale: number }): void };
      }
    ).__moteplassCanvas;
    const times: number[] = [];
    const span = Math.log(args.to / args.from);
    let last = 0;
    let start = 0;
    let frame = 0;
    const tick = (now: number) => {
      if (start === 0) start = now;
      else times.push(now - last);
      last = now;
      frame += 1;
      const t = (frame % 240) / 120;
      const scale = args.from * Math.exp(span * (t <= 1 ? t : 2 - t));
      canvas.setViewport({
        scale,
        x: args.width / 2 - args.cx * scale,
        y: args.height / 2 - args.cy * scale,
      });
      if (now - start < args.ms) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  });
}
