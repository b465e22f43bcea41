import { useSyncExternalStore } from 'react';

/** Phone-sized: the board page shows one thing at a time, chosen with tabs at the bottom. */
const PHONE = '(max-width: 640px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}
