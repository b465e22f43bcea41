import { useServerNow } from '../timer';

/**
 * Milliseconds until `endsAt` on the server's clock (negative once it has
 * passed: overtime), ticking while there is an end; null without one.
 */
export function useCountdown(endsAt: number | null): number | null {
  const now = useServerNow(endsAt !== null);
  return endsAt === null ? null : endsAt - now;
}
