import { lazy } from 'react';

/*
 * Every page is its own chunk, loaded when its route is first shown: a phone
 * opening /w/:id/join downloads the join form, not the canvas (Konva), the
 * live documents (Yjs, y-indexeddb) or the console. The board page loads the
 * canvas later still (canvas/BoardViews.tsx).
 */
export const StartPage = lazy(() => import('../workshop').then((m) => ({ default: m.StartPage })));
export const JoinWithCodePage = lazy(() =>
  import('../join').then((m) => ({ default: m.JoinWithCodePage })),
);
export const JoinPage = lazy(() => import('../join').then((m) => ({ default: m.JoinPage })));
export const FacilitatorEntryPage = lazy(() =>
  import('../join').then((m) => ({ default: m.FacilitatorEntryPage })),
);
export const BoardPage = lazy(() => import('../board').then((m) => ({ default: m.BoardPage })));
export const ConsolePage = lazy(() =>
  import('../console').then((m) => ({ default: m.ConsolePage })),
);
export const ScreenPage = lazy(() => import('../screen').then((m) => ({ default: m.ScreenPage })));
export const SeriesPage = lazy(() => import('../series').then((m) => ({ default: m.SeriesPage })));
