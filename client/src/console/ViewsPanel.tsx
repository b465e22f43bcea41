import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportSlot } from './ExportSlot';

/** The other views of the workshop: the projector's, the participants', and the exports. */
export function ViewsPanel({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const base = `/w/${encodeURIComponent(workshopId)}`;
  return (
    <section className="panel console-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.views.heading')}</h2>
      <p>
        {/* A new window, to drag to the projector; it shares this session (same browser). */}
        <a href={`${base}/screen`} target="_blank" rel="noopener">
          {t('console.views.screen')}
        </a>
      </p>
      <p className="hint">{t('console.views.screenHint')}</p>
      <p>
        <Link to={`${base}/board`}>{t('console.views.board')}</Link>
      </p>
      <ExportSlot workshopId={workshopId} token={token} />
    </section>
  );
}
