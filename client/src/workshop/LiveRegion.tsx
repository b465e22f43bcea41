import { useEffect } from 'react';
import { useAnnouncerStore } from './announcer';

/** The page's polite live region. Each message replaces the node, so a repeated one is read again. */
export function LiveRegion() {
  const message = useAnnouncerStore((state) => state.message);
  const clear = useAnnouncerStore((state) => state.clear);
  // News from the page before is not news here.
  useEffect(() => clear(), [clear]);
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcements">
      <span key={message.id}>{message.text}</span>
    </div>
  );
}
