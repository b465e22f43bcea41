import type { ReflectionField, ReflectionResults as Results } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RadarChart, type RadarProfile } from './RadarChart';
import { ReflectionTable } from './ReflectionTable';
import { RoleMeansTable } from './RoleMeansTable';
import { useFieldText } from './reflection-state';

/** The current round in the house's accent; the previous one a grey dashed line behind it. */
export const CURRENT_COLOR = '#1d4f91';
export const PREVIOUS_COLOR = '#4a5560';

interface ReflectionResultsProps {
  fields: readonly ReflectionField[];
  results: Results;
  responses: number;
  /** In a series: the previous round's means by field id. */
  previous?: Record<string, number> | undefined;
  comments?: readonly string[] | undefined;
  /** The shared screen: chart and table side by side, no role table (the console has it). */
  place: 'console' | 'screen';
  headingLevel?: 2 | 3;
}

/**
 * A closed round's results: the radar chart of the means (with the previous
 * round behind it in a series), its table twin, the means by role where the
 * server gave them (k-anonymity is the server's: only roles with at least
 * three answers arrive), and the comments without names.
 */
export function ReflectionResults(props: ReflectionResultsProps) {
  const { fields, results, responses, previous, comments, place, headingLevel = 2 } = props;
  const { t } = useTranslation();
  const id = useId();
  const { name } = useFieldText();
  const labels = fields.map(name);
  const profiles: RadarProfile[] = [];
  if (previous && Object.keys(previous).length > 0) {
    profiles.push({
      key: 'previous',
      label: t('seriesUi.reflection.results.previous'),
      values: fields.map((f) => previous[f.id] ?? null),
      emphasis: 'previous',
      color: PREVIOUS_COLOR,
    });
  }
  profiles.push({
    key: 'current',
    label: t('seriesUi.reflection.results.current'),
    values: fields.map((f) => results[f.id]?.mean ?? null),
    emphasis: 'current',
    color: CURRENT_COLOR,
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';

  return (
    <section
      className={`reflection-results reflection-results-${place}`}
      aria-labelledby={`${id}-heading`}
      data-reflection="results"
    >
      <Heading id={`${id}-heading`}>{t('seriesUi.reflection.results.heading')}</Heading>
      <p className="reflection-count">
        {t('seriesUi.reflection.results.answered', { count: responses })}
      </p>
      <div className="reflection-results-body">
        <RadarChart
          labels={labels}
          profiles={profiles}
          size={place === 'screen' ? 420 : 360}
          labelSize={place === 'screen' ? 22 : 13}
        />
        <ReflectionTable
          fields={fields}
          labels={labels}
          results={results}
          previous={previous}
          compact={place === 'screen'}
        />
      </div>
      {place === 'console' && <RoleMeansTable fields={fields} labels={labels} results={results} />}
      {place === 'console' && (
        <>
          <Sub>{t('seriesUi.reflection.results.comments')}</Sub>
          {comments && comments.length > 0 ? (
            <ul className="reflection-comments">
              {comments.map((comment, index) => (
                <li key={index}>{comment}</li>
              ))}
            </ul>
          ) : (
            <p className="empty">{t('seriesUi.reflection.results.noComments')}</p>
          )}
        </>
      )}
    </section>
  );
}
