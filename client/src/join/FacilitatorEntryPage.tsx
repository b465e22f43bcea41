import { pagePaths } from '@moteplass/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { createFacilitatorSession, errorMessageKey, isApiError } from '../api';
import { useFacilitatorKeys, useSessionStore } from '../session';

/** Which message to show when the key is refused: a wrong key is the likely cause. */
function facilitatorErrorKey(error: unknown) {
  if (isApiError(error) && [400, 401, 403].includes(error.status))
    return 'errors.facilitatorKey' as const;
  return errorMessageKey(error);
}

/**
 * `/w/:id/facilitator#key=…` — trade the key for a facilitator session, then
 * open the facilitator's console. The key is in the fragment, so it never reaches a server log;
 * replacing the history entry keeps it out of the back button too.
 */
export function FacilitatorEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const remember = useSessionStore((state) => state.remember);
  const rememberKey = useFacilitatorKeys((state) => state.remember);
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  const [failure, setFailure] = useState<ReturnType<typeof facilitatorErrorKey> | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!key || started.current) return;
    started.current = true;
    createFacilitatorSession(id, { facilitatorKey: key }).then(
      (reply) => {
        remember(id, {
          token: reply.token,
          participantId: reply.participantId,
          facilitator: true,
          name: null,
          role: null,
          joinCode: null,
        });
        // The console's "next meetup in this series" needs it (seriesKey).
        rememberKey(id, key);
        void navigate(pagePaths.console(id), { replace: true });
      },
      (error: unknown) => setFailure(facilitatorErrorKey(error)),
    );
  }, [id, key, navigate, remember, rememberKey]);

  const problem = key ? failure : 'facilitator.missingKey';
  return (
    <>
      <h1>{t('facilitator.entering')}</h1>
      {problem ? (
        <>
          <p className="error" role="alert">
            {t(problem)}
          </p>
          <p>
            <Link to="/">{t('shell.backHome')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('board.loading')}</p>
      )}
    </>
  );
}
