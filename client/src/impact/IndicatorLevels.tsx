import { INDICATOR_KINDS, type Measurements } from '@moteplass/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from './impact-state';
import { IndicatorCard } from './IndicatorCard';

interface IndicatorLevelsProps {
  indicators: readonly Indicator[];
  measurements: Measurements;
  /** Extra controls under each indicator (the console's measurement form). */
  controls?: (indicator: Indicator) => ReactNode;
  headingLevel: 3 | 4;
}

/** The indicators grouped by level: outputs (resultater), outcomes (virkninger), impacts (effekter). */
export function IndicatorLevels({
  indicators,
  measurements,
  controls,
  headingLevel,
}: IndicatorLevelsProps) {
  const { t } = useTranslation();
  if (indicators.length === 0) return <p className="empty">{t('seriesUi.impact.noIndicators')}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="indicator-levels">
      {INDICATOR_KINDS.map((kind) => {
        const here = indicators.filter((indicator) => indicator.item.kind === kind);
        if (here.length === 0) return null;
        return (
          <section key={kind} className="indicator-level" data-level={kind}>
            <Heading>{t(`seriesUi.impact.levels.${kind}`)}</Heading>
            {here.map((indicator) => (
              <IndicatorCard
                key={indicator.id}
                indicator={indicator}
                measurements={measurements[indicator.id] ?? []}
                headingLevel={headingLevel === 3 ? 4 : 5}
              >
                {controls?.(indicator)}
              </IndicatorCard>
            ))}
          </section>
        );
      })}
    </div>
  );
}
