import { pagePaths } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportSlot } from './ExportSlot';

/** The participants' view of the board, and the exports (the projector's view has its own panel). */
export function ViewsPanel({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="panel console-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.views.heading')}</h2>
      <p>
        <Link to={pagePaths.board(workshopId)}>{t('console.views.board')}</Link>
      </p>
      <ExportSlot workshopId={workshopId} token={token} />
    </section>
  );
}
