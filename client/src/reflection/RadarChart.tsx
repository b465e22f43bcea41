import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  axisLabels,
  radarPoint,
  radarPolygon,
  radarRings,
  type AxisLabel,
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
/** Below this rendered width (CSS px) the chart draws its phone layout. */
const NARROW_WIDTH = 480;

/**
 * The reflection's picture: one axis per field, rings at 1…5, the current
 * round filled and the previous dashed behind it. Decorative detail is hidden
 * from screen readers; the chart has one label and a table twin beside it
 * (ReflectionTable) carries every number. The legend says which line is
 * which by line style as well as colour.
 */
export function RadarChart(props: RadarChartProps) {
  const figure = useRef<HTMLElement>(null);
  // A phone's column: smaller rings, larger names on up to three short lines, so they stay legible.
  const narrow = useNarrow(figure);
  const { labels, profiles } = props;
  const size = narrow ? 220 : (props.size ?? 420);
  const labelSize = narrow ? 18 : (props.labelSize ?? 13);
  const lineLength = narrow ? 13 : 16;
  const { t } = useTranslation();
  const titleId = useId();
  // Room around the rim for the field names: up to ~18 characters a line, two lines.
  // ~0.66 em a character (bold sans); a word longer than a line still fits beside the rim.
  const margin = labelSize * lineLength * 0.66 + LABEL_GAP;
  const top = labelSize * (narrow ? 3.6 : 2.6) + LABEL_GAP;
  const frame: RadarFrame = { cx: size / 2 + margin, cy: size / 2 + top, radius: size / 2 };
  const width = size + 2 * margin;
  const height = size + 2 * top;
  const count = labels.length;
  const ordered = [...profiles].sort((a, b) => rank(a.emphasis) - rank(b.emphasis));

  return (
    <figure className="radar" ref={figure}>
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
              {wrap(labels[index] ?? '', lineLength).map((line, i, lines) => (
                <tspan
                  key={i}
                  x={place.x}
                  dy={i === 0 ? `${firstLineShift(place.baseline, lines.length)}em` : '1em'}
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

/** Lines of a label above the rim grow upwards, those at the sides around their point. */
function firstLineShift(baseline: AxisLabel['baseline'], lines: number): number {
  if (baseline === 'auto') return -(lines - 1);
  if (baseline === 'middle') return -(lines - 1) / 2;
  return 0;
}

function rank(emphasis: RadarProfile['emphasis']): number {
  return emphasis === 'current' ? 2 : emphasis === 'previous' ? 0 : 1;
}

/** True while the element is narrower than a laptop's console column. */
function useNarrow(element: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const node = element.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setNarrow(entry.contentRect.width < NARROW_WIDTH);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return narrow;
}

/** Field names are short phrases; past `length` characters they go on the next line at a space or a hyphen. */
function wrap(label: string, length: number): string[] {
  const lines: string[] = [];
  let rest = label;
  while (rest.length > length && lines.length < 2) {
    const cut = breakAt(rest, length);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return [...lines, rest];
}

/** Where to break: the last space or hyphen within `length` (else the first after it). */
function breakAt(text: string, length: number): number {
  for (let i = Math.min(length, text.length - 1); i > 0; i -= 1) {
    if (text[i] === ' ') return i;
    if (text[i - 1] === '-') return i;
  }
  const space = text.indexOf(' ', length);
  const hyphen = text.indexOf('-', length);
  const candidates = [space, hyphen >= 0 ? hyphen + 1 : -1].filter((i) => i > 0);
  return candidates.length > 0 ? Math.min(...candidates) : -1;
}
