import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session';
import {
  useConnectionState,
  useWorkshopConnection,
  type ConnectionState,
  type WorkshopConnection,
} from '../sync';

interface ConnectedWorkshopProps {
  workshopId: string;
  session: Session;
  children: (connection: WorkshopConnection, state: ConnectionState) => ReactNode;
}

/**
 * Opens the workshop's live connection for a page (console, shared screen) and
 * shows "loading" until it exists; the page renders itself from the children
 * function. Key the element by the session token: a new token means new sockets.
 */
export function ConnectedWorkshop({ workshopId, session, children }: ConnectedWorkshopProps) {
  const { t } = useTranslation();
  const connection = useWorkshopConnection(workshopId, session.token);
  const state = useConnectionState(connection);
  if (!connection) return <p>{t('board.loading')}</p>;
  return children(connection, state);
}
