import { Route, Routes } from 'react-router';
import { BoardPage } from '../board';
import { FacilitatorEntryPage, JoinPage } from '../join';
import { StartPage } from '../workshop';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

/** The routes. Links handed out by the server (CONTRACT.md) must keep working: /w/:id/join and /w/:id/facilitator. */
export function App() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<StartPage />} />
        <Route path="w/:id/join" element={<JoinPage />} />
        <Route path="w/:id/facilitator" element={<FacilitatorEntryPage />} />
        <Route path="w/:id/board" element={<BoardPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
