import { useEffect } from 'react';

/**
 * The server's clock, as seen from here. Timers end at a time on the server's
 * clock; a laptop whose clock is a minute off would otherwise show the wrong
 * countdown on the projector. The offset is measured from `GET /api/time`
 * (half the round trip counts as the way there), again every few minutes.
 */
let offsetMs = 0;
const RESYNC_MS = 10 * 60_000;

export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** The offset a reply implies, given when the request left and when the answer came. */
export function clockOffset(serverTime: number, sentAt: number, receivedAt: number): number {
  return serverTime - (sentAt + receivedAt) / 2;
}

export async function syncServerClock(): Promise<void> {
  const sentAt = Date.now();
  try {
    const response = await fetch('/api/time', { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { now?: unknown };
    const receivedAt = Date.now();
    if (typeof body.now === 'number') offsetMs = clockOffset(body.now, sentAt, receivedAt);
  } catch {
    // Offline: keep the last offset (or none); the countdown is close enough.
  }
}

/** Keep the offset fresh while a page with a timer is open. */
export function useServerClockSync(): void {
  useEffect(() => {
    void syncServerClock();
    const timer = setInterval(() => void syncServerClock(), RESYNC_MS);
    return () => clearInterval(timer);
  }, []);
}
