import type { LastReveal } from '@moteplass/shared';
import { serverNow, useServerNow } from '../timer';

/** How long the projector marks a reveal, ms: long enough to notice, short enough not to linger. */
export const REVEAL_MOMENT_MS = 8000;

/**
 * The reveal after silent writing, as a moment: the last reveal during the
 * few seconds after it happened (server time, so every screen agrees), else
 * null. The clock ticks only while a reveal may still be news.
 */
export function useRevealMoment(lastReveal: LastReveal | null): LastReveal | null {
  const news = lastReveal !== null && serverNow() - lastReveal.revealedAt < REVEAL_MOMENT_MS;
  // Only to render again as time passes: the answer is read from the clock above.
  useServerNow(news);
  return news ? lastReveal : null;
}
