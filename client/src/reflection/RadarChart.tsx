import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  axisLabels,
  radarPoint,
  radarPolygon,
  radarRings,
  type RadarFrame,
} from './radar-geometry';

/** One profile to draw: a mean per field, in the chart's field order (null: no answers). */
export interface RadarProfile {
  key: string;
  label: string;
  values: readonly (number | null)[];
  /** 'current' is solid and filled; 'previous' dashed, behind it; 'other' a thin line. */
  emphasis: 'current' | 'previous' | 'other';
  color: string;
}

interface RadarChartProps {
  /** The fields' names, one per axis. */
  labels: readonly string[];
  profiles: readonly RadarProfile[];
  /** The rings' diameter in the SVG's user units. */
  size?: number;
  /** The field names' font size in the same units: the shared screen's are larger. */
  labelSize?: number;
}

const LABEL_GAP = 10;

/**
 * The reflection's picture: one axis per field, rings at 1…5, the current
 * round filled and the previous dashed behind it. Decorative detail is hidden
 * from screen readers; the chart has one label and a table twin beside it
 * (ReflectionTable) carries every number. The legend says which line is
 * which by line style as well as colour.
 */
export function RadarChart({ labels, profiles, size = 420, labelSize = 13 }: RadarChartProps) {
  const { t } = useTranslation();
  const titleId = useId();
  // Room around the rim for the field names: up to ~18 characters a line, two lines.
  const margin = labelSize * 9.5 + LABEL_GAP;
  const top = labelSize * 2.6 + LABEL_GAP;
  const frame: RadarFrame = { cx: size / 2 + margin, cy: size / 2 + top, radius: size / 2 };
  const width = size + 2 * margin;
  const height = size + 2 * top;
  const count = labels.length;
  const ordered = [...profiles].sort((a, b) => rank(a.emphasis) - rank(b.emphasis));

  return (
    <figure className="radar">
      <svg
        className="radar-chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        data-radar-fields={count}
      >
        <title id={titleId}>{t('seriesUi.reflection.results.chartLabel')}</title>
        <g className="radar-grid" aria-hidden="true">
          {radarRings(frame, count).map((ring) => (
            <polygon key={ring.level} points={ring.points} />
          ))}
          {labels.map((label, index) => {
            const end = radarPoint(frame, index, count, 5);
            return <line key={label + index} x1={frame.cx} y1={frame.cy} x2={end.x} y2={end.y} />;
          })}
          {[1, 2, 3, 4, 5].map((level) => {
            const p = radarPoint(frame, 0, count, level);
            return (
              <text
                key={level}
                x={p.x + 4}
                y={p.y - 2}
                className="radar-scale"
                fontSize={labelSize * 0.75}
              >
                {level}
              </text>
            );
          })}
        </g>
        {ordered.map((profile) => (
          <polygon
            key={profile.key}
            className={`radar-profile radar-${profile.emphasis}`}
            points={radarPolygon(frame, profile.values)}
            stroke={profile.color}
            fill={profile.emphasis === 'current' ? profile.color : 'none'}
            data-profile={profile.emphasis}
          />
        ))}
        {ordered
          .filter((p) => p.emphasis === 'current')
          .flatMap((profile) =>
            profile.values.map((value, index) => {
              if (value === null) return null;
              const p = radarPoint(frame, index, count, value);
              return (
                <circle
                  key={`${profile.key}-${index}`}
                  cx={p.x}
                  cy={p.y}
                  r={size / 90}
                  fill={profile.color}
                />
              );
            }),
          )}
        <g className="radar-labels" aria-hidden="true" fontSize={labelSize}>
          {axisLabels(frame, count, LABEL_GAP).map((place, index) => (
            <text
              key={index}
              x={place.x}
              y={place.y}
              textAnchor={place.anchor}
              dominantBaseline={place.baseline}
            >
              {wrap(labels[index] ?? '').map((line, i, lines) => (
                <tspan
                  key={i}
                  x={place.x}
                  dy={
                    i === 0 ? (place.baseline === 'auto' ? `${-(lines.length - 1)}em` : 0) : '1em'
                  }
                >
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
      </svg>
      {profiles.length > 1 && (
        <figcaption className="radar-legend">
          <ul>
            {profiles.map((profile) => (
              <li key={profile.key}>
                <svg width="36" height="12" aria-hidden="true">
                  <line
                    x1="2"
                    y1="6"
                    x2="34"
                    y2="6"
                    stroke={profile.color}
                    className={`radar-key radar-${profile.emphasis}`}
                  />
                </svg>
                {profile.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}

function rank(emphasis: RadarProfile['emphasis']): number {
  return emphasis === 'current' ? 2 : emphasis === 'previous' ? 0 : 1;
}

/** Field names are short phrases; past ~18 characters they go on two lines at a space. */
function wrap(label: string): string[] {
  if (label.length <= 18) return [label];
  const middle = Math.floor(label.length / 2);
  const before = label.lastIndexOf(' ', middle);
  const after = label.indexOf(' ', middle);
  const at =
    before < 0 ? after : after < 0 ? before : middle - before <= after - middle ? before : after;
  if (at < 0) {
    const dash = label.indexOf('-');
    return dash > 0 ? [label.slice(0, dash + 1), label.slice(dash + 1)] : [label];
  }
  return [label.slice(0, at), label.slice(at + 1)];
}
