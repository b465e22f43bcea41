import { Route, Routes } from 'react-router';
import { BoardPage } from '../board';
import { ConsolePage } from '../console';
import { FacilitatorEntryPage, JoinPage, JoinWithCodePage } from '../join';
import { ScreenPage } from '../screen';
import { StartPage } from '../workshop';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

/** The routes. Links handed out by the server (CONTRACT.md) must keep working: /w/:id/join and /w/:id/facilitator. */
export function App() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<StartPage />} />
        <Route path="join" element={<JoinWithCodePage />} />
        <Route path="w/:id/join" element={<JoinPage />} />
        <Route path="w/:id/facilitator" element={<FacilitatorEntryPage />} />
        <Route path="w/:id/board" element={<BoardPage />} />
        <Route path="w/:id/console" element={<ConsolePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The projector's view has no site header: nothing to click, everything large. */}
      <Route path="w/:id/screen" element={<ScreenPage />} />
    </Routes>
  );
}
