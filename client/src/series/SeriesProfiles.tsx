import type { ReflectionField, SeriesMeetup } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMean, RadarChart, useFieldText, type RadarProfile } from '../reflection';
import { useFormatters } from '../workshop';
import { roundsOf } from './rounds';

/** Older rounds' lines: dark enough against white (≥ 3:1 for graphics), told apart in the legend. */
const OLDER_COLORS = ['#9a4a00', '#1f6f43', '#8a2c6b', '#00667a', '#5b3b9a'];
const CURRENT = '#1d4f91';
const PREVIOUS = '#4a5560';

/**
 * The reflection profiles over time: every closed round of the series on one
 * radar (the latest filled, the one before dashed, older ones thin), and the
 * table of means per field and round beside it.
 */
export function SeriesProfiles({ meetups }: { meetups: readonly SeriesMeetup[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { name } = useFieldText();
  const format = useFormatters();
  const rounds = roundsOf(meetups);
  const fields: ReflectionField[] = [];
  for (const round of rounds)
    for (const field of round.fields)
      if (!fields.some((f) => f.id === field.id)) fields.push(field);
  const labels = fields.map(name);
  const roundLabel = (index: number) => {
    const round = rounds[index];
    if (!round) return '';
    return t('seriesUi.series.roundOf', {
      meetup: t('seriesUi.series.meetup', { index: round.meetupIndex }),
      date: format.date(new Date(round.closedAt).toISOString().slice(0, 10)),
    });
  };
  const profiles: RadarProfile[] = rounds.map((round, index) => {
    const fromEnd = rounds.length - 1 - index;
    return {
      key: round.roundId,
      label: roundLabel(index),
      values: fields.map((f) => round.means[f.id] ?? null),
      emphasis: fromEnd === 0 ? 'current' : fromEnd === 1 ? 'previous' : 'other',
      color:
        fromEnd === 0
          ? CURRENT
          : fromEnd === 1
            ? PREVIOUS
            : (OLDER_COLORS[(fromEnd - 2) % OLDER_COLORS.length] ?? PREVIOUS),
    };
  });

  return (
    <section
      className="panel series-section"
      aria-labelledby={`${id}-heading`}
      data-series="reflections"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.series.reflections')}</h2>
      {rounds.length === 0 ? (
        <p className="empty">{t('seriesUi.series.noReflections')}</p>
      ) : (
        <div className="series-profiles">
          <RadarChart labels={labels} profiles={profiles} size={340} />
          <div
            className="table-scroll"
            tabIndex={0}
            role="group"
            aria-label={t('seriesUi.reflection.results.caption')}
          >
            <table className="reflection-table">
              <caption>{t('seriesUi.reflection.results.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('seriesUi.reflection.results.field')}</th>
                  {rounds.map((round, index) => (
                    <th key={round.roundId} scope="col">
                      {roundLabel(index)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {fields.map((field, row) => (
                  <tr key={field.id}>
                    <th scope="row">{labels[row]}</th>
                    {rounds.map((round) => {
                      const mean = round.means[field.id];
                      return (
                        <td key={round.roundId}>
                          {mean === undefined ? '–' : formatMean(mean, i18n.language)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('seriesUi.reflection.results.answers')}</th>
                  {rounds.map((round) => (
                    <td key={round.roundId}>{round.n}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
