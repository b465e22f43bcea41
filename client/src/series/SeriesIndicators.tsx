import { INDICATOR_KINDS, parseIndicatorNumber, type SeriesReply } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorChart, StatusBadge } from '../impact';

/** Each indicator by level: its line over every measurement of the series, and its status. */
export function SeriesIndicators({ series }: { series: SeriesReply }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      className="panel series-section"
      aria-labelledby={`${id}-heading`}
      data-series="indicators"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.series.indicators')}</h2>
      {series.indicators.length === 0 && (
        <p className="empty">{t('seriesUi.impact.noIndicators')}</p>
      )}
      {INDICATOR_KINDS.map((kind) => {
        const here = series.indicators.filter((indicator) => indicator.kind === kind);
        if (here.length === 0) return null;
        return (
          <section key={kind} className="indicator-level" data-level={kind}>
            <h3>{t(`seriesUi.impact.levels.${kind}`)}</h3>
            <div className="series-indicators">
              {here.map((indicator) => (
                <article
                  key={indicator.id}
                  className="indicator-card"
                  data-indicator={indicator.id}
                >
                  <div className="indicator-head">
                    <h4>{indicator.text}</h4>
                    <StatusBadge status={indicator.status} />
                  </div>
                  <IndicatorChart
                    name={indicator.text}
                    baseline={parseIndicatorNumber(indicator.baseline)}
                    target={parseIndicatorNumber(indicator.target)}
                    measurements={indicator.measurements}
                  />
                </article>
              ))}
            </div>
          </section>
        );
      })}
    </section>
  );
}
