import { pagePaths } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkshopSummary } from '../api';
import { useSessionStore, type Session } from '../session';

/**
 * The workshops this device has a session for, to go back to without the
 * link (no accounts: the device remembers). Each can be forgotten.
 */
export function RememberedWorkshops() {
  const { t } = useTranslation();
  const sessions = useSessionStore((state) => state.sessions);
  const entries = Object.entries(sessions);
  if (entries.length === 0) return null;
  return (
    <section className="panel remembered" aria-labelledby="remembered-heading">
      <h2 id="remembered-heading">{t('start.rememberedHeading')}</h2>
      <p className="hint">{t('start.rememberedIntro')}</p>
      <ul role="list" className="remembered-list">
        {entries.map(([workshopId, session]) => (
          <RememberedWorkshop key={workshopId} workshopId={workshopId} session={session} />
        ))}
      </ul>
    </section>
  );
}

function RememberedWorkshop({ workshopId, session }: { workshopId: string; session: Session }) {
  const { t } = useTranslation();
  const forget = useSessionStore((state) => state.forget);
  const summary = useWorkshopSummary(workshopId);
  const gone = summary.status === 'error';
  const title =
    summary.status === 'ready'
      ? summary.summary.title
      : gone
        ? t('start.rememberedGone')
        : t('start.rememberedLoading');
  const path = (session.facilitator ? pagePaths.console : pagePaths.board)(workshopId);
  const as = session.facilitator
    ? t('start.rememberedAsFacilitator')
    : session.role
      ? t('start.rememberedAs', { role: t(`roles.${session.role}`) })
      : '';
  return (
    <li>
      {gone ? <span className="muted">{title}</span> : <Link to={path}>{title}</Link>}
      {as && <span className="hint"> – {as}</span>}{' '}
      <button type="button" className="link-button" onClick={() => forget(workshopId)}>
        {t('start.forget')}
        <span className="visually-hidden"> {title}</span>
      </button>
    </li>
  );
}
