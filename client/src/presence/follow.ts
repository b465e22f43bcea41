import type { Viewport } from '../canvas';

/** How close a reported viewport must be to one we asked for to count as "the canvas obeyed". */
const EPSILON = 0.5;
/** Requests kept to recognise the canvas's echo of them (it may report an older one late). */
const REMEMBERED = 8;

const same = (a: Viewport, b: Viewport) =>
  Math.abs(a.x - b.x) < EPSILON &&
  Math.abs(a.y - b.y) < EPSILON &&
  Math.abs(a.scale - b.scale) < 1e-4;

/**
 * Follow mode: tells the person's own pan (stop following) from the canvas
 * reporting the viewport it was asked to show (keep following).
 */
export class FollowTracker {
  private requested: Viewport[] = [];

  request(viewport: Viewport): void {
    this.requested.push(viewport);
    if (this.requested.length > REMEMBERED) this.requested.shift();
  }

  /** True when `reported` is not one of ours: the person moved the board themselves. */
  isOwnMove(reported: Viewport): boolean {
    return !this.requested.some((asked) => same(asked, reported));
  }

  reset(): void {
    this.requested = [];
  }
}
