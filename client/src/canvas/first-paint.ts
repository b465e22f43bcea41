/**
 * After the frame being drawn now, the browser shows the items: mark it for
 * the join and render benchmarks (they measure to here) and tell whoever
 * waits for the live canvas (BoardViews takes the board's picture away, JOIN-9).
 */
export function afterFirstPaint(then?: () => void): void {
  requestAnimationFrame(() => {
    performance.mark('moteplass:canvas-first-paint');
    then?.();
  });
}
