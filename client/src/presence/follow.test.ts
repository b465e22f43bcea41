import { describe, expect, it } from 'vitest';
import { MAX_SCALE, MIN_SCALE, type Viewport } from '../canvas';
import { FollowTracker, followViewport, MAX_VIEW_SIDE, visibleView } from './follow';

/** The world point at the middle of a `width`×`height` canvas showing `v`. */
const middle = (v: Viewport, width: number, height: number) => ({
  x: (width / 2 - v.x) / v.scale,
  y: (height / 2 - v.y) / v.scale,
});

describe('what is published for follow: the visible world rectangle', () => {
  it('is the part of the board the canvas shows, to 1/100 of a unit', () => {
    expect(visibleView({ x: -200, y: 100, scale: 0.5 }, 1600, 900)).toEqual({
      x: 400,
      y: -200,
      w: 3200,
      h: 1800,
    });
    expect(visibleView({ x: 0, y: 0, scale: 3 }, 1000, 1000)).toEqual({
      x: 0,
      y: 0,
      w: 333.33,
      h: 333.33,
    });
  });

  it('is nothing while the canvas has no size, and never an absurd rectangle', () => {
    expect(visibleView({ x: 0, y: 0, scale: 1 }, 0, 600)).toBeNull();
    expect(visibleView({ x: 0, y: 0, scale: 1e-9 }, 800, 600)).toBeNull();
    expect(visibleView({ x: Number.NaN, y: 0, scale: 1 }, 800, 600)).toBeNull();
  });
});

describe('following a view on another screen', () => {
  it('on a screen of the same size is the leader’s own viewport', () => {
    const leader = { x: -321, y: -123, scale: 0.75 };
    const follower = followViewport(visibleView(leader, 1280, 720)!, 1280, 720)!;
    expect(follower.scale).toBeCloseTo(0.75, 5);
    expect(follower.x).toBeCloseTo(-321, 1);
    expect(follower.y).toBeCloseTo(-123, 1);
  });

  it('a phone following a wide screen keeps the centre and zooms out to see all of it', () => {
    const leader = { x: -500, y: -300, scale: 1 };
    const view = visibleView(leader, 1920, 1080)!;
    const phone = followViewport(view, 390, 700)!;
    // The leader's width decides: 390 px for 1920 units.
    expect(phone.scale).toBeCloseTo(390 / 1920, 6);
    const seen = visibleView(phone, 390, 700)!;
    expect(seen.w).toBeCloseTo(view.w, 1);
    expect(seen.h).toBeGreaterThanOrEqual(view.h);
    expect(middle(phone, 390, 700).x).toBeCloseTo(middle(leader, 1920, 1080).x, 6);
    expect(middle(phone, 390, 700).y).toBeCloseTo(middle(leader, 1920, 1080).y, 6);
  });

  it('a wide screen following a tall phone fits the phone’s height', () => {
    const view = { x: 0, y: 0, w: 400, h: 800 };
    const wall = followViewport(view, 1600, 900)!;
    expect(wall.scale).toBeCloseTo(900 / 800, 6);
    expect(middle(wall, 1600, 900)).toEqual({ x: 200, y: 400 });
  });

  it('stays within the canvas’s zoom limits (then shows a little more or less, same centre)', () => {
    const huge = followViewport({ x: 0, y: 0, w: MAX_VIEW_SIDE, h: MAX_VIEW_SIDE }, 390, 700)!;
    expect(huge.scale).toBe(MIN_SCALE);
    expect(middle(huge, 390, 700).x).toBeCloseTo(MAX_VIEW_SIDE / 2, 3);
    const tiny = followViewport({ x: 10, y: 10, w: 20, h: 20 }, 1920, 1080)!;
    expect(tiny.scale).toBe(MAX_SCALE);
    expect(middle(tiny, 1920, 1080)).toEqual({ x: 20, y: 20 });
  });

  it('waits for this canvas to have a size', () => {
    expect(followViewport({ x: 0, y: 0, w: 100, h: 100 }, 0, 0)).toBeNull();
  });
});

describe('FollowTracker', () => {
  it('takes the canvas showing a requested viewport for obedience, anything else for an own pan', () => {
    const follow = new FollowTracker();
    follow.request({ x: 10, y: 20, scale: 1 });
    follow.request({ x: 30, y: 20, scale: 1 });
    // The canvas may report the older request after the newer one was made.
    expect(follow.isOwnMove({ x: 10, y: 20, scale: 1 })).toBe(false);
    expect(follow.isOwnMove({ x: 30.2, y: 20, scale: 1 })).toBe(false);
    expect(follow.isOwnMove({ x: 80, y: 20, scale: 1 })).toBe(true);
    expect(follow.isOwnMove({ x: 30, y: 20, scale: 1.5 })).toBe(true);
    follow.reset();
    expect(follow.isOwnMove({ x: 10, y: 20, scale: 1 })).toBe(true);
  });

  it('remembers distinct requests: the same one asked on every render does not push older ones out', () => {
    const follow = new FollowTracker();
    follow.request({ x: 1, y: 0, scale: 1 });
    for (let i = 0; i < 20; i++) follow.request({ x: 50, y: 0, scale: 1 });
    expect(follow.isOwnMove({ x: 1, y: 0, scale: 1 })).toBe(false);
  });
});
