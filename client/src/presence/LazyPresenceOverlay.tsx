import { lazy, Suspense, type ComponentProps } from 'react';
import type { PresenceOverlay as Overlay } from './PresenceOverlay';

// The cursors are drawn with react-konva: they arrive with the canvas, so a
// phone on its writing tab (no canvas yet) does not download Konva.
const PresenceOverlayView = lazy(() =>
  import('./PresenceOverlay').then((m) => ({ default: m.PresenceOverlay })),
);

/** Everybody's cursors and selections over the canvas, loaded with it. */
export function PresenceOverlay(props: ComponentProps<typeof Overlay>) {
  return (
    <Suspense fallback={null}>
      <PresenceOverlayView {...props} />
    </Suspense>
  );
}
