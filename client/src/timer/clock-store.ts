import { useSyncExternalStore } from 'react';
import { serverNow } from './server-clock';

/**
 * A ticking clock as an external store: one interval for the whole page,
 * running only while some countdown is on screen.
 */
const TICK_MS = 250;
let current = serverNow();
let interval: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!interval) {
    current = serverNow();
    interval = setInterval(() => {
      current = serverNow();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && interval) {
      clearInterval(interval);
      interval = null;
    }
  };
}

const still = () => () => {};
const read = () => current;

/** The server's time, ticking four times a second while `ticking` (a running countdown). */
export function useServerNow(ticking: boolean): number {
  return useSyncExternalStore(ticking ? subscribe : still, read);
}
