import { lazy, Suspense } from 'react';
import type { PresentationCanvasProps } from './PresentationCanvas';

// As BoardViews: Konva arrives with the projector's board, not with the page around it.
const PresentationCanvas = lazy(() =>
  import('./PresentationCanvas').then((m) => ({ default: m.PresentationCanvas })),
);

/** The read-only canvas of the shared screen, loaded when it is first shown. */
export function PresentationView(props: PresentationCanvasProps) {
  return (
    <Suspense fallback={null}>
      <PresentationCanvas {...props} />
    </Suspense>
  );
}
