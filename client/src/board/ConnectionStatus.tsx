import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Session } from '../session';
import type { ConnectionState } from '../sync';

interface ConnectionStatusProps {
  state: ConnectionState;
  workshopId: string;
  session: Session;
}

/** The link to the server in words, in a polite live region, with the way out when it is refused. */
export function ConnectionStatus({ state, workshopId, session }: ConnectionStatusProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  // The refused session stays until the new one replaces it; `rejoin` tells the
  // join page to show the form anyway instead of sending us back here.
  function joinAgain() {
    const query = session.joinCode ? `?code=${encodeURIComponent(session.joinCode)}` : '';
    void navigate(`/w/${encodeURIComponent(workshopId)}/join${query}`, { state: { rejoin: true } });
  }

  return (
    <div className={`connection connection-${state}`}>
      <p role="status" className="connection-state">
        {t(`connection.${state}`)}
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
