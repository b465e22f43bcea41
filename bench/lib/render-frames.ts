/// <reference lib="dom" />
/**
 * In-page measurement, passed to `page.evaluate`: pan for `ms` milliseconds,
 * one step per animation frame, through `step(frame)`, and return the time
 * between frames. Self-contained (it runs in the browser).
 */
export function panFrameTimes(args: {
  ms: number;
  dx: number;
  scale: number;
  x: number;
  y: number;
  naive: boolean;
}): Promise<number[]> {
  return new Promise((resolve) => {
    const w = window as unknown as {
      __moteplassCanvas?: { setViewport(v: { x: number; y: number; scale: number }): void };
      __naive?: { setViewport(v: { x: number; y: number; scale: number }): void };
    };
    const target = args.naive ? w.__naive! : w.__moteplassCanvas!;
    const times: number[] = [];
    let last = 0;
    let start = 0;
    let frame = 0;
    const tick = (now: number) => {
      if (start === 0) start = now;
      else times.push(now - last);
      last = now;
      frame += 1;
      // Back and forth, so a long run stays over the notes.
      const phase = Math.floor(frame / 200) % 2 === 0 ? frame % 200 : 200 - (frame % 200);
      target.setViewport({
        x: args.x - phase * args.dx,
        y: args.y - phase * args.dx * 0.3,
        scale: args.scale,
      });
      if (now - start < args.ms) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  });
}
