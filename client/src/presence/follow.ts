import { fitRect, visibleWorld, type Rect, type Viewport } from '../canvas';

/**
 * What a person's canvas shows of the board: the visible rectangle in world
 * units (top left, width, height). This, not the viewport (offset and
 * scale), is what is published for "follow": a viewport means something
 * only on a screen of the same size, a rectangle can be fitted to any.
 */
export type WorldView = Rect;

/**
 * Bounds a view read from someone else must keep (world units): items live
 * within ±1e7 (the board schema), so a view's corner beyond ±1e8 or a side
 * longer than 1e7 (a 200,000-pixel screen at the 5 % minimum zoom) is not a
 * real screen and is ignored.
 */
export const MAX_VIEW_COORD = 1e8;
export const MAX_VIEW_SIDE = 1e7;

/** Published to 1/100 of a world unit: short numbers in awareness, far below a pixel at any zoom. */
const round = (n: number) => Math.round(n * 100) / 100 + 0; // + 0: no -0 on the wire

/** The world rectangle a `width`×`height` canvas shows through `v`; null while the canvas has no size. */
export function visibleView(v: Viewport, width: number, height: number): WorldView | null {
  if (!(width > 0 && height > 0 && v.scale > 0)) return null;
  const { x, y, w, h } = visibleWorld(v, width, height);
  const view = { x: round(x), y: round(y), w: round(w), h: round(h) };
  return isWorldView(view) ? view : null;
}

export function isWorldView(view: WorldView): boolean {
  const { x, y, w, h } = view;
  return (
    [x, y, w, h].every(Number.isFinite) &&
    Math.abs(x) <= MAX_VIEW_COORD &&
    Math.abs(y) <= MAX_VIEW_COORD &&
    w > 0 &&
    h > 0 &&
    w <= MAX_VIEW_SIDE &&
    h <= MAX_VIEW_SIDE
  );
}

/**
 * The viewport that shows someone else's view on this `width`×`height`
 * canvas: the same centre, at the zoom that fits all of their view (a phone
 * following a wide screen zooms out to see the same area), within the
 * canvas's zoom limits (then a little less, or more, is seen). On a screen
 * of the same size it is their viewport. Null while this canvas has no size.
 */
export function followViewport(view: WorldView, width: number, height: number): Viewport | null {
  if (!(width > 0 && height > 0)) return null;
  return fitRect(view, width, height, 0);
}

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
    // Asked again on every render: keep one copy, so older requests are not pushed out.
    const last = this.requested.at(-1);
    if (last && same(last, viewport)) return;
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
