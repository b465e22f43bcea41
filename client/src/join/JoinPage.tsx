import { pagePaths } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { createParticipantSession, errorMessageKey, useWorkshopSummary } from '../api';
import { useWorkshopLanguage } from '../i18n';
import { useSession, useSessionStore } from '../session';
import { JoinForm } from './JoinForm';
import type { ParticipantJoinRequest } from './join-form';

/** `/w/:id/join?code=…` — who you are (optionally) and in which role, then the board. */
export function JoinPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const rejoin = (useLocation().state as { rejoin?: unknown } | null)?.rejoin === true;
  const session = useSession(id);
  const remember = useSessionStore((state) => state.remember);
  const summary = useWorkshopSummary(id);
  useWorkshopLanguage(summary.status === 'ready' ? summary.summary.language : undefined);

  const boardPath = pagePaths.board(id);
  // Joined before on this device: straight to the board (unless that session was refused).
  if (session && !rejoin) return <Navigate to={boardPath} replace />;

  async function join(request: ParticipantJoinRequest) {
    const reply = await createParticipantSession(id, request);
    remember(id, {
      token: reply.token,
      participantId: reply.participantId,
      facilitator: reply.facilitator === true,
      name: request.name ?? null,
      role: request.role,
      joinCode: request.joinCode,
    });
    void navigate(boardPath, { replace: true });
  }

  if (summary.status === 'loading') {
    return (
      <>
        <h1>{t('join.heading')}</h1>
        <p role="status">{t('join.loading')}</p>
      </>
    );
  }

  if (summary.status === 'error') {
    return (
      <>
        <h1>{t('join.heading')}</h1>
        <p className="error" role="alert">
          {t(errorMessageKey(summary.error))}
        </p>
        <p>
          <Link to="/">{t('shell.backHome')}</Link>
        </p>
      </>
    );
  }

  return (
    <div className="narrow">
      <title>{`${summary.summary.title} – Møteplass`}</title>
      <p className="kicker">{t('join.heading')}</p>
      <h1>{summary.summary.title}</h1>
      <p className="lead">{t('join.intro')}</p>
      <JoinForm initialCode={params.get('code') ?? ''} onSubmit={join} />
    </div>
  );
}
