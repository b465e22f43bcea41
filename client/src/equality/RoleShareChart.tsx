import { ROLE_COLORS, type RoleShare } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percent } from './format';

const METRICS = ['present', 'airtime', 'notes'] as const;
type Metric = (typeof METRICS)[number];
const shareOf = (row: RoleShare, metric: Metric) =>
  metric === 'present'
    ? row.presentShare
    : metric === 'airtime'
      ? row.airtimeShare
      : row.notesShare;

/* Narrow enough for a console column at its natural size: the role's name sits above its bars. */
const LABEL_H = 18;
const BAR_W = 250;
const BAR_H = 12;
const ROW_H = LABEL_H + 3 * (BAR_H + 3) + 10;
const LEGEND_STEP = 105;

/**
 * Each role's share of people present, of airtime and of notes, as bars read
 * at a glance. The bars carry the role's colour; the metric is told by a
 * pattern (stripes, solid, dots) and every bar has its percentage written
 * next to it, so nothing depends on colour alone. The table beside it has
 * the same numbers for screen readers.
 */
export function RoleShareChart({ rows }: { rows: readonly RoleShare[] }) {
  const { t } = useTranslation();
  const id = useId().replace(/[^a-zA-Z0-9]/g, '');
  const height = rows.length * ROW_H + 30;
  const overlay: Record<Metric, string | null> = {
    present: `url(#${id}-stripes)`,
    airtime: null,
    notes: `url(#${id}-dots)`,
  };

  return (
    <svg
      className="role-share-chart"
      viewBox={`0 0 ${BAR_W + 60} ${height}`}
      role="img"
      aria-label={t('equality.panel.chartLabel')}
    >
      <defs>
        <pattern
          id={`${id}-stripes`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="3" height="6" fill="#ffffff" opacity="0.55" />
        </pattern>
        <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
          <circle cx="2.5" cy="2.5" r="1.2" fill="#ffffff" opacity="0.8" />
        </pattern>
      </defs>
      <g className="legend" transform="translate(0, 4)">
        {METRICS.map((metric, index) => (
          <g key={metric} transform={`translate(${index * LEGEND_STEP}, 0)`}>
            <rect width="20" height={BAR_H} fill="#4a5560" />
            {overlay[metric] && <rect width="20" height={BAR_H} fill={overlay[metric]} />}
            <text x="26" y={BAR_H - 2}>
              {t(`equality.panel.${metric}`)}
            </text>
          </g>
        ))}
      </g>
      {rows.map((row, index) => (
        <g key={row.role} transform={`translate(0, ${30 + index * ROW_H})`}>
          <text x="0" y={LABEL_H - 5} className="bar-role">
            {t(`roles.${row.role}`)}
          </text>
          {METRICS.map((metric, line) => {
            const width = Math.max(1, shareOf(row, metric) * BAR_W);
            const y = LABEL_H + line * (BAR_H + 3);
            return (
              <g key={metric}>
                <rect x={0} y={y} width={width} height={BAR_H} fill={ROLE_COLORS[row.role]} />
                {overlay[metric] && (
                  <rect x={0} y={y} width={width} height={BAR_H} fill={overlay[metric]} />
                )}
                <text x={width + 4} y={y + BAR_H - 2} className="bar-value">
                  {percent(shareOf(row, metric))} %
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
