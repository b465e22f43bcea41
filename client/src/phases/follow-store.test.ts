import { describe, expect, it } from 'vitest';
import { FOLLOWING, viewedPhase } from './follow-store';

describe('viewedPhase', () => {
  it('follows the facilitator’s latest request, else the workshop’s phase', () => {
    expect(viewedPhase(FOLLOWING, null, 'design')).toBe('design');
    expect(viewedPhase(FOLLOWING, { phase: 'explore', requestedAt: 5 }, 'design')).toBe('explore');
  });

  it('shows the person’s own choice once they stop following', () => {
    const browsing = { following: false, chosen: 'produce' as const };
    expect(viewedPhase(browsing, { phase: 'explore', requestedAt: 5 }, 'design')).toBe('produce');
    expect(viewedPhase({ following: false, chosen: null }, null, 'design')).toBe('design');
  });
});
