import type { ReflectionField, ReflectionResults } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { formatChange, formatMean } from './radar-geometry';

interface ReflectionTableProps {
  fields: readonly ReflectionField[];
  labels: readonly string[];
  results: ReflectionResults;
  previous?: Record<string, number> | undefined;
  /** The shared screen: mean, previous and change only. */
  compact: boolean;
}

/** The radar chart's twin: every number it draws, as a real table a screen reader can walk. */
export function ReflectionTable({
  fields,
  labels,
  results,
  previous,
  compact,
}: ReflectionTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const withPrevious = previous !== undefined && Object.keys(previous).length > 0;
  const caption = t('seriesUi.reflection.results.caption');
  // Narrow columns (the console's) scroll the table sideways, by keyboard too.
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={caption}>
      <table className="reflection-table" data-reflection="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('seriesUi.reflection.results.field')}</th>
            <th scope="col">{t('seriesUi.reflection.results.mean')}</th>
            {!compact && <th scope="col">{t('seriesUi.reflection.results.spread')}</th>}
            {withPrevious && <th scope="col">{t('seriesUi.reflection.results.previousMean')}</th>}
            {withPrevious && (
              <th scope="col">{t('seriesUi.reflection.results.changeFromPrevious')}</th>
            )}
            {!compact && <th scope="col">{t('seriesUi.reflection.results.answers')}</th>}
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const result = results[field.id];
            const before = previous?.[field.id];
            const mean = result && result.n > 0 ? result.mean : null;
            return (
              <tr key={field.id}>
                <th scope="row">{labels[index]}</th>
                <td>
                  {mean === null
                    ? t('seriesUi.reflection.results.noAnswers')
                    : formatMean(mean, language)}
                </td>
                {!compact && (
                  <td>
                    {result && result.n > 0
                      ? t('seriesUi.reflection.results.spreadValue', {
                          min: result.spread.min,
                          max: result.spread.max,
                        })
                      : '–'}
                  </td>
                )}
                {withPrevious && (
                  <td>{before === undefined ? '–' : formatMean(before, language)}</td>
                )}
                {withPrevious && <td>{formatChange(mean, before, language) ?? '–'}</td>}
                {!compact && <td>{result?.n ?? 0}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
