import { lazy, Suspense } from 'react';
import type { FrameMiniatureProps } from './FrameMiniature';

// As PresentationView: the scene code arrives with the first miniature, not with the page.
const FrameMiniature = lazy(() =>
  import('./FrameMiniature').then((m) => ({ default: m.FrameMiniature })),
);

/** A live miniature of one frame of the board (FrameMiniature.tsx), loaded when first shown. */
export function MiniatureView(props: FrameMiniatureProps) {
  return (
    <Suspense fallback={<div className="frame-miniature" aria-hidden="true" />}>
      <FrameMiniature {...props} />
    </Suspense>
  );
}
