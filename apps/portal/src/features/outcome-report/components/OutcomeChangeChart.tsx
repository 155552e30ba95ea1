import { useId } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatNumber } from '../utils/formatNumber';

export interface ChangeBar {
  label: string;
  /** Mean change on the 1–5 scale; null when withheld or not scored. */
  value: number | null;
  /** Said instead of the value when there is none. */
  missing: string;
}

const WIDTH = 560;
const ROW = 28;
const LABEL = 190;
const RIGHT = 56;
/** Changes run from −4 to +4 on a 1–5 scale. */
const MAX = 4;

/**
 * Average change per life domain as horizontal bars around zero: an SVG of our own, like the
 * case's Leefgebieden chart (ADR 0028). Each bar carries its value as text too, so colour and
 * length are never the only cue; the table next to it holds the same figures for a screen reader
 * (the chart is a labelled image whose bars each name domain and value).
 */
export function OutcomeChangeChart({ bars }: { bars: readonly ChangeBar[] }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const height = bars.length * ROW + 24;
  const plot = WIDTH - LABEL - RIGHT;
  const zero = LABEL + plot / 2;
  const x = (v: number) => zero + (Math.max(-MAX, Math.min(MAX, v)) / MAX) * (plot / 2);
  return (
    <svg
      role="group"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="schakel-outcome-chart"
    >
      <title id={titleId}>{t('outcomeReport.chart.label')}</title>
      <line x1={zero} x2={zero} y1={0} y2={height - 20} className="schakel-outcome-chart__axis" />
      <text x={zero} y={height - 4} textAnchor="middle" className="schakel-outcome-chart__tick">
        0
      </text>
      <text x={LABEL} y={height - 4} textAnchor="start" className="schakel-outcome-chart__tick">
        −{MAX}
      </text>
      <text
        x={LABEL + plot}
        y={height - 4}
        textAnchor="end"
        className="schakel-outcome-chart__tick"
      >
        +{MAX}
      </text>
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const text = bar.value === null ? bar.missing : formatNumber(bar.value, locale, true);
        return (
          <g
            key={bar.label}
            role="img"
            aria-label={t('outcomeReport.chart.bar', { domain: bar.label, value: text })}
          >
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
              {bar.label}
            </text>
            {bar.value !== null && (
              <rect
                x={Math.min(zero, x(bar.value))}
                y={y + 4}
                width={Math.max(2, Math.abs(x(bar.value) - zero))}
                height={ROW - 10}
                className={
                  bar.value < 0
                    ? 'schakel-outcome-chart__bar schakel-outcome-chart__bar--down'
                    : 'schakel-outcome-chart__bar'
                }
              />
            )}
            <text
              x={bar.value !== null && bar.value < 0 ? zero + 6 : zero - 6}
              y={y + ROW / 2}
              textAnchor={bar.value !== null && bar.value < 0 ? 'start' : 'end'}
              dominantBaseline="middle"
              className="schakel-outcome-chart__value"
            >
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
