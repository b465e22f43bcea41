import {
  indicatorStatus,
  parseIndicatorNumber,
  type IndicatorStatus,
  type Measurement,
} from '@moteplass/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from './impact-state';
import { IndicatorChart } from './IndicatorChart';

interface IndicatorCardProps {
  indicator: Indicator;
  measurements: readonly Measurement[];
  /** The console's record and delete controls. */
  children?: ReactNode;
  headingLevel: 4 | 5;
}

/** One indicator: what, baseline, target, source, who and when, its status, its line and table. */
export function IndicatorCard({
  indicator,
  measurements,
  children,
  headingLevel,
}: IndicatorCardProps) {
  const { t } = useTranslation();
  const { item } = indicator;
  const status = indicatorStatus(item.baseline, item.target, measurements);
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  const name = item.text || t('seriesUi.impact.notGiven');
  const rows: [string, string][] = [
    [t('seriesUi.impact.baseline'), item.baseline],
    [t('seriesUi.impact.target'), item.target],
    [t('seriesUi.impact.dataSource'), indicator.dataSource],
    [t('seriesUi.impact.measuredBy'), indicator.measuredBy],
    [t('seriesUi.impact.schedule'), indicator.schedule],
  ];
  return (
    <article className="indicator-card" data-indicator={indicator.id}>
      <div className="indicator-head">
        <Heading>{name}</Heading>
        <StatusBadge status={status} />
      </div>
      <dl className="indicator-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value || t('seriesUi.impact.notGiven')}</dd>
          </div>
        ))}
      </dl>
      <IndicatorChart
        name={name}
        baseline={parseIndicatorNumber(item.baseline)}
        target={parseIndicatorNumber(item.target)}
        measurements={measurements}
      />
      {children}
    </article>
  );
}

/** The status in words and by shape, never by colour alone. */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  const mark = { reached: '✓', onTrack: '↗', notYet: '…', unknown: '?' }[status];
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      <span aria-hidden="true">{mark} </span>
      {t('seriesUi.impact.statusLabel', { status: t(`reflection.indicatorStatus.${status}`) })}
    </span>
  );
}
