import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Session } from '../session';
import type { ConnectionState, SyncStatus } from '../sync';

interface ConnectionStatusProps {
  state: ConnectionState;
  /** The network and what waits to be sent (absent where nothing is written, e.g. the console). */
  sync?: SyncStatus;
  workshopId: string;
  session: Session;
}

/** The link to the server in words, in a polite live region, with the way out when it is refused. */
export function ConnectionStatus({ state, sync, workshopId, session }: ConnectionStatusProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  // The refused session stays until the new one replaces it; `rejoin` tells the
  // join page to show the form anyway instead of sending us back here.
  function joinAgain() {
    const query = session.joinCode ? `?code=${encodeURIComponent(session.joinCode)}` : '';
    void navigate(`/w/${encodeURIComponent(workshopId)}/join${query}`, { state: { rejoin: true } });
  }

  const refused = state === 'unauthorized' || state === 'gone';
  const offline = sync?.online === false && !refused;
  const unsent = sync && sync.unsent > 0 && !refused ? sync.unsent : 0;

  return (
    <div className={`connection connection-${offline ? 'offline' : state}`}>
      <p role="status" className="connection-state">
        {offline ? t('boardList.sync.offline') : t(`connection.${state}`)}
        {unsent > 0 && <> {t('boardList.sync.unsent', { count: unsent })}</>}
      </p>
      {state === 'unauthorized' &&
        (session.facilitator ? (
          <p>{t('board.reopenFacilitatorLink')}</p>
        ) : (
          <button type="button" onClick={joinAgain}>
            {t('board.rejoin')}
          </button>
        ))}
      {state === 'gone' && <Link to="/">{t('shell.backHome')}</Link>}
    </div>
  );
}
