import { pagePaths } from '@moteplass/shared';
import type { SeriesReply } from '@moteplass/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessageKey, useWorkshopSummary, type ErrorMessageKey } from '../api';
import { useWorkshopLanguage } from '../i18n';
import { useSession } from '../session';
import { fetchSeries } from './series-api';
import { SeriesActions } from './SeriesActions';
import { SeriesIndicators } from './SeriesIndicators';
import { SeriesMeetups } from './SeriesMeetups';
import { SeriesProfiles } from './SeriesProfiles';
import { SeriesReport } from './SeriesReport';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; failure: ErrorMessageKey }
  | { status: 'ready'; series: SeriesReply };

/**
 * `/w/:id/series` — the case's memory for the facilitator: the meetups in
 * order, the reflection profiles over time, the indicators' measurements over
 * time, the actions with their status, and the series report to hand over.
 */
export function SeriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession(id);
  const summary = useWorkshopSummary(id);
  const title = summary.status === 'ready' ? summary.summary.title : null;
  useWorkshopLanguage(summary.status === 'ready' ? summary.summary.language : undefined);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const token = session?.facilitator ? session.token : null;

  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    fetchSeries(id, token, abort.signal).then(
      (series) => setLoaded({ status: 'ready', series }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ status: 'failed', failure: errorMessageKey(error) });
      },
    );
    return () => abort.abort();
  }, [id, token]);

  const heading = title ? t('seriesUi.series.title', { title }) : t('seriesUi.series.heading');
  const back = (
    <p>
      <Link to={pagePaths.console(id)}>{t('seriesUi.series.back')}</Link>
    </p>
  );
  if (!token) {
    return (
      <div className="narrow">
        <title>{`${t('seriesUi.series.heading')} – Møteplass`}</title>
        <h1>{t('seriesUi.series.heading')}</h1>
        <p>{t('console.notFacilitator')}</p>
        <p>
          <Link to="/">{t('shell.backHome')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="series-page">
      <title>{`${heading} – Møteplass`}</title>
      <h1>{heading}</h1>
      {back}
      {loaded.status === 'loading' && <p role="status">{t('seriesUi.series.loading')}</p>}
      {loaded.status === 'failed' && (
        <p className="error" role="alert">
          {t('seriesUi.series.failed')} {t(loaded.failure)}
        </p>
      )}
      {loaded.status === 'ready' && (
        <>
          <SeriesMeetups meetups={loaded.series.meetups} current={id} />
          <SeriesProfiles meetups={loaded.series.meetups} />
          <SeriesIndicators series={loaded.series} />
          <SeriesActions actions={loaded.series.actions} meetups={loaded.series.meetups} />
          <SeriesReport workshopId={id} token={token} />
        </>
      )}
    </div>
  );
}
