import { pagePaths } from '@moteplass/shared';
import type { SeriesMeetup } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../session';
import { useFormatters } from '../workshop';

/** The meetups in order, each with its date and how many reflection rounds it closed. */
export function SeriesMeetups({
  meetups,
  current,
}: {
  meetups: readonly SeriesMeetup[];
  current: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const sessions = useSessionStore((s) => s.sessions);
  const format = useFormatters();
  return (
    <section
      className="panel series-section"
      aria-labelledby={`${id}-heading`}
      data-series="meetups"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.series.meetups')}</h2>
      <ol className="series-meetups">
        {meetups.map((meetup) => {
          const label = `${t('seriesUi.series.meetup', { index: meetup.index })}: ${meetup.title}`;
          const mine = sessions[meetup.id]?.facilitator;
          return (
            <li key={meetup.id} aria-current={meetup.id === current ? 'page' : undefined}>
              {mine && meetup.id !== current ? (
                <Link to={pagePaths.console(meetup.id)}>{label}</Link>
              ) : (
                <strong>{label}</strong>
              )}{' '}
              <span className="muted">
                {format.date(new Date(meetup.createdAt).toISOString().slice(0, 10))}
                {meetup.id === current && ` ${t('seriesUi.series.thisMeetup')}`}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
