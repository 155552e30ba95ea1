import type { LifeDomain } from '@schakel/domain';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { SCORE_LEVELS, seriesOf, type ScoredMoment } from '../utils/lifeDomainScores';
import { momentShortLabel } from '../utils/momentLabel';
import { SERIES_STYLE } from '../utils/seriesStyle';

interface LifeDomainChartProps {
  moments: readonly ScoredMoment[];
  domains: readonly LifeDomain[];
}

const WIDTH = 520;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 24;
const TOP = 16;
const BOTTOM = 40;

/**
 * The scores per domain over the moments as lines — Schakel's own small SVG (ADR 0028: a chart
 * library cost more than this needs). Each line has its own colour, dash and marker, so colour is
 * never the only cue; every point is reachable by keyboard and names domain, moment and score.
 * The table beside it holds the same data for a screen reader.
 */
export function LifeDomainChart({ moments, domains }: LifeDomainChartProps) {
  const t = useT();
  const titleId = useId();
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) =>
    LEFT + (moments.length === 1 ? plotWidth / 2 : (plotWidth * i) / (moments.length - 1));
  const y = (score: number) => TOP + plotHeight - ((score - 1) / 4) * plotHeight;

  return (
    <svg
      role="group"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className="schakel-life-chart"
      data-testid="life-domain-chart"
    >
      <title id={titleId}>{t('lifeDomains.chart.label')}</title>
      <g aria-hidden="true">
        {SCORE_LEVELS.map((level) => (
          <g key={level}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(level)}
              y2={y(level)}
              className="schakel-life-chart__grid"
            />
            <text
              x={LEFT - 10}
              y={y(level) + 4}
              textAnchor="end"
              className="schakel-life-chart__tick"
            >
              {level}
            </text>
          </g>
        ))}
        {moments.map((moment, i) => (
          <text
            key={`${moment.moment}-${moment.planVersionId ?? ''}`}
            x={x(i)}
            y={HEIGHT - BOTTOM + 22}
            textAnchor="middle"
            className="schakel-life-chart__tick"
          >
            {momentShortLabel(t, moment)}
          </text>
        ))}
      </g>
      {domains.map((domain) => {
        const style = SERIES_STYLE[domain];
        const series = seriesOf(moments, domain);
        const points = series
          .map((score, i) => (score === null ? null : `${x(i)},${y(score)}`))
          .filter((p): p is string => p !== null)
          .join(' ');
        return (
          <g key={domain} data-domain={domain}>
            <polyline
              points={points}
              fill="none"
              stroke={style.colour}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
              aria-hidden="true"
            />
            {series.map((score, i) =>
              score === null ? null : (
                <g
                  key={i}
                  role="img"
                  tabIndex={0}
                  className="schakel-life-chart__point"
                  aria-label={t('lifeDomains.chart.point', {
                    domain: t(`plan.lifeDomain.${domain}`),
                    moment: momentShortLabel(t, moments[i]!),
                    score,
                    level: t(`lifeDomains.level.${score as 1 | 2 | 3 | 4 | 5}`),
                  })}
                >
                  <Marker shape={style.marker} cx={x(i)} cy={y(score)} colour={style.colour} />
                </g>
              ),
            )}
          </g>
        );
      })}
    </svg>
  );
}

function Marker({
  shape,
  cx,
  cy,
  colour,
}: {
  shape: 'circle' | 'square' | 'triangle';
  cx: number;
  cy: number;
  colour: string;
}) {
  if (shape === 'square') {
    return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={colour} />;
  }
  if (shape === 'triangle') {
    return (
      <polygon points={`${cx},${cy - 6} ${cx + 6},${cy + 5} ${cx - 6},${cy + 5}`} fill={colour} />
    );
  }
  return <circle cx={cx} cy={cy} r={5.5} fill={colour} />;
}
