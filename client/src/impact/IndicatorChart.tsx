import type { Measurement } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { lineChart } from './line-geometry';

interface IndicatorChartProps {
  name: string;
  baseline: number | null;
  target: number | null;
  measurements: readonly Pick<Measurement, 'id' | 'value' | 'date' | 'note'>[];
}

const FRAME = { width: 260, height: 90, padding: 14 };

/**
 * One indicator's way so far: baseline → measurements → target, as a small
 * line (the stretch still to go dashed), and its table twin with every value.
 */
export function IndicatorChart({ name, baseline, target, measurements }: IndicatorChartProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const chart = lineChart(FRAME, baseline, measurements, target);
  // The table reads in the chart's order: by date.
  const sorted = [...measurements].sort((a, b) => a.date.localeCompare(b.date));
  const number = (value: number) =>
    value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  return (
    <div className="indicator-chart" data-impact="chart">
      {chart && (
        <svg
          viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          className="indicator-line"
        >
          <title id={`${id}-title`}>{t('seriesUi.impact.chartLabel', { indicator: name })}</title>
          <line
            x1={FRAME.padding}
            x2={FRAME.width - FRAME.padding}
            y1={FRAME.height - FRAME.padding}
            y2={FRAME.height - FRAME.padding}
            className="indicator-axis"
          />
          <path d={chart.path} className="indicator-path" />
          {chart.toTarget && <path d={chart.toTarget} className="indicator-to-target" />}
          {chart.points.map((point, index) =>
            point.kind === 'target' ? (
              <rect
                key={index}
                x={point.x - 5}
                y={point.y - 5}
                width="10"
                height="10"
                className="indicator-target"
              />
            ) : (
              <circle
                key={index}
                cx={point.x}
                cy={point.y}
                r={point.kind === 'baseline' ? 4 : 5}
                className={`indicator-${point.kind}`}
              />
            ),
          )}
        </svg>
      )}
      <table className="indicator-table">
        <caption className="visually-hidden">{t('seriesUi.impact.measurements')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('seriesUi.impact.date')}</th>
            <th scope="col">{t('seriesUi.impact.value')}</th>
            <th scope="col">{t('seriesUi.impact.note')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('seriesUi.impact.baseline')}</th>
            <td>{baseline === null ? t('seriesUi.impact.notGiven') : number(baseline)}</td>
            <td />
          </tr>
          {sorted.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.date}</th>
              <td>{number(m.value)}</td>
              <td>{m.note}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('seriesUi.impact.target')}</th>
            <td>{target === null ? t('seriesUi.impact.notGiven') : number(target)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
