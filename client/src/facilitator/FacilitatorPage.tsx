import { pagePaths } from '@moteplass/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession, type Session } from '../session';
import type { ConnectionState, WorkshopConnection } from '../sync';
import { useServerClockSync } from '../timer';
import { ConnectedWorkshop } from '../workshop';

/** How a facilitator page names itself, and what it tells anyone else. */
export interface FacilitatorPageWords {
  titleKey: 'console.title' | 'screen.title';
  refusalKey: 'console.notFacilitator' | 'screen.needsFacilitator';
}

interface FacilitatorPageProps extends FacilitatorPageWords {
  workshopId: string;
  /** `main` where the page has no app shell around it (the shared screen). */
  landmark?: 'div' | 'main';
  children: (connection: WorkshopConnection, state: ConnectionState, session: Session) => ReactNode;
}

/**
 * The frame of the pages only the facilitator's session on this device opens
 * (the console, the shared screen): anyone else is told so and sent to their
 * board or home; the facilitator gets the workshop's live connection, on the
 * server's clock, with new sockets whenever the session changes.
 */
export function FacilitatorPage({ workshopId, children, ...words }: FacilitatorPageProps) {
  const session = useSession(workshopId);
  if (!session?.facilitator) {
    return <NotFacilitator workshopId={workshopId} hasSession={!!session} {...words} />;
  }
  return (
    <LivePage key={session.token} workshopId={workshopId} session={session}>
      {children}
    </LivePage>
  );
}

function LivePage({
  workshopId,
  session,
  children,
}: {
  workshopId: string;
  session: Session;
  children: FacilitatorPageProps['children'];
}) {
  useServerClockSync();
  return (
    <ConnectedWorkshop workshopId={workshopId} session={session}>
      {(connection, state) => children(connection, state, session)}
    </ConnectedWorkshop>
  );
}

function NotFacilitator({
  workshopId,
  hasSession,
  titleKey,
  refusalKey,
  landmark: Landmark = 'div',
}: FacilitatorPageWords & { workshopId: string; hasSession: boolean; landmark?: 'div' | 'main' }) {
  const { t } = useTranslation();
  return (
    <Landmark className="narrow">
      <title>{`${t(titleKey)} – Møteplass`}</title>
      <h1>{t(titleKey)}</h1>
      <p>{t(refusalKey)}</p>
      <p>
        {hasSession ? (
          <Link to={pagePaths.board(workshopId)}>{t('console.toBoard')}</Link>
        ) : (
          <Link to="/">{t('shell.backHome')}</Link>
        )}
      </p>
    </Landmark>
  );
}
