import { Route, Routes } from 'react-router';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { PageLoading } from './PageLoading';
import { Suspense } from 'react';
import {
  BoardPage,
  ConsolePage,
  FacilitatorEntryPage,
  JoinPage,
  JoinWithCodePage,
  ScreenPage,
  SeriesPage,
  StartPage,
} from './pages';

/** The routes. Links handed out by the server (CONTRACT.md) must keep working: /w/:id/join and /w/:id/facilitator. */
export function App() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<StartPage />} />
        <Route path="join" element={<JoinWithCodePage />} />
        <Route path="w/:id/join" element={<JoinPage />} />
        <Route path="w/:id/facilitator" element={<FacilitatorEntryPage />} />
        <Route path="w/:id/console" element={<ConsolePage />} />
        <Route path="w/:id/series" element={<SeriesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The board is the canvas, edge to edge: its own slim bar instead of the site header. */}
      <Route
        path="w/:id/board"
        element={
          <Suspense fallback={<PageLoading />}>
            <BoardPage />
          </Suspense>
        }
      />
      {/* The projector's view has no site header: nothing to click, everything large. */}
      <Route
        path="w/:id/screen"
        element={
          <Suspense fallback={<PageLoading />}>
            <ScreenPage />
          </Suspense>
        }
      />
    </Routes>
  );
}
