import { useQuery } from '@apollo/client/react';
import type { LifeDomain } from '@schakel/domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate, formatShortDateTime } from '../../i18n/utils/formatDate';
import { CASE_LIFE_DOMAIN_SCORES_QUERY } from '../graphql/lifeDomainScoresQuery';
import {
  domainsWithScores,
  momentKey,
  scoredMoments,
  type ScoreMomentView,
} from '../utils/lifeDomainScores';
import { momentLabel } from '../utils/momentLabel';
import { SERIES_STYLE } from '../utils/seriesStyle';
import { LifeDomainScoreForm } from './LifeDomainScoreForm';
import { LifeDomainScoreTable } from './LifeDomainScoreTable';
import './lifeDomainScores.css';

// The chart is its own chunk: the case page's first load does not carry it.
const LifeDomainChart = lazy(() =>
  import('./LifeDomainChart').then((module) => ({ default: module.LifeDomainChart })),
);

interface CaseLifeDomainsProps {
  caseId: string;
}

/**
 * The case's self-reliance per life domain over time: the moments (intake, each adopted plan,
 * closing) with who scored them, scoring for the case's lead, the table with the plan's goals
 * next to their domain, and the chart of the same data.
 */
export function CaseLifeDomains({ caseId }: CaseLifeDomainsProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const chartHeadingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const { data, error, loading, refetch } = useQuery(CASE_LIFE_DOMAIN_SCORES_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<LifeDomain>>(new Set());

  const scores = data?.caseLifeDomainScores;
  if (!scores) {
    return (
      <section aria-labelledby={headingId} className="schakel-flow">
        <Heading level={2} id={headingId}>
          {t('lifeDomains.heading')}
        </Heading>
        {error ? (
          <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
        ) : (
          <Paragraph role="status">{loading ? t('lifeDomains.loading') : ''}</Paragraph>
        )}
      </section>
    );
  }

  const plan = data.casePlan;
  const goals = (plan?.adopted ?? plan?.draft)?.goals ?? [];
  const moments = scoredMoments(scores.moments);
  const charted = domainsWithScores(moments);
  const shown = charted.filter((d) => !hidden.has(d));
  const canScore = scores.scorableDomains.length > 0;
  const editingMoment = scores.moments.find((m) => momentKey(m) === editing) ?? null;

  const startEditing = (moment: ScoreMomentView) => {
    setSaved(null);
    setEditing(momentKey(moment));
  };
  const stopEditing = (moment: ScoreMomentView | null, done: boolean) => {
    setEditing(null);
    if (done && moment) {
      setSaved(t('lifeDomains.form.saved', { moment: momentLabel(t, moment) }));
      // The form is gone: the result takes its place for focus.
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-life">
      <Heading level={2} id={headingId}>
        {t('lifeDomains.heading')}
      </Heading>
      <Paragraph>{t('lifeDomains.intro')}</Paragraph>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {saved && (
          <Alert type="ok" role="none">
            <Paragraph>{saved}</Paragraph>
          </Alert>
        )}
      </div>

      <Heading level={3}>{t('lifeDomains.moments.heading')}</Heading>
      <ul className="schakel-life__moments">
        {scores.moments.map((moment) => (
          <li key={momentKey(moment)} className="schakel-life__moment">
            <span className="schakel-life__moment-name">
              {momentLabel(t, moment)}
              {moment.planAdoptedOn &&
                ` (${t('lifeDomains.moments.planAdopted', { date: formatDate(moment.planAdoptedOn, locale) })})`}
            </span>
            <span className="schakel-life__moment-state">
              {moment.assessment
                ? t('lifeDomains.moments.scored', {
                    date: formatShortDateTime(moment.assessment.updatedAt, locale),
                    agency: moment.assessment.recordedByAgency.name,
                  })
                : t('lifeDomains.moments.open')}
            </span>
            {canScore && editing === null && (
              <Button
                appearance="secondary-action-button"
                onClick={() => startEditing(moment)}
                aria-label={`${moment.assessment ? t('lifeDomains.correct') : t('lifeDomains.score')}: ${momentLabel(t, moment)}`}
              >
                {moment.assessment ? t('lifeDomains.correct') : t('lifeDomains.score')}
              </Button>
            )}
          </li>
        ))}
      </ul>

      {editingMoment && (
        <LifeDomainScoreForm
          key={momentKey(editingMoment)}
          caseId={caseId}
          moment={editingMoment}
          scorable={scores.scorableDomains}
          onSaved={() => stopEditing(editingMoment, true)}
          onCancel={() => stopEditing(null, false)}
          reload={() => refetch()}
        />
      )}

      {moments.length === 0 ? (
        <Paragraph>{t('lifeDomains.none')}</Paragraph>
      ) : (
        <div className="schakel-life__results">
          <div className="schakel-life__table">
            <LifeDomainScoreTable moments={moments} goals={goals} />
          </div>
          <div className="schakel-life__chart">
            <Heading level={3} id={chartHeadingId}>
              {t('lifeDomains.chart.heading')}
            </Heading>
            <Fieldset className="schakel-life__legend">
              <FieldsetLegend>{t('lifeDomains.chart.show')}</FieldsetLegend>
              {charted.map((domain) => {
                const id = `${chartHeadingId}-${domain}`;
                return (
                  <div key={domain} className="schakel-life__legend-item">
                    <Checkbox
                      id={id}
                      checked={!hidden.has(domain)}
                      onChange={(event) => {
                        const next = new Set(hidden);
                        if (event.target.checked) next.delete(domain);
                        else next.add(domain);
                        setHidden(next);
                      }}
                    />
                    <FormLabel htmlFor={id} type="checkbox">
                      <svg
                        aria-hidden="true"
                        width="28"
                        height="10"
                        className="schakel-life__swatch"
                      >
                        <line
                          x1="1"
                          x2="27"
                          y1="5"
                          y2="5"
                          stroke={SERIES_STYLE[domain].colour}
                          strokeWidth="3"
                          strokeDasharray={SERIES_STYLE[domain].dash}
                        />
                      </svg>
                      {t(`plan.lifeDomain.${domain}`)}
                    </FormLabel>
                  </div>
                );
              })}
            </Fieldset>
            {shown.length === 0 ? (
              <Paragraph>{t('lifeDomains.chart.empty')}</Paragraph>
            ) : (
              <Suspense
                fallback={<Paragraph role="status">{t('lifeDomains.chart.loading')}</Paragraph>}
              >
                <LifeDomainChart moments={moments} domains={shown} />
              </Suspense>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
