import { describe, expect, it } from 'vitest';
import { FollowTracker } from './follow';

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
});
