import { useQuery } from '@apollo/client/react';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { PLAN_VERSIONS_QUERY } from '../graphql/planHistoryQueries';
import { PlanDiffList } from './PlanDiffList';

interface PlanHistoryProps {
  caseId: string;
}

/** Every version of the plan, newest first, with what changed since the version before. */
export function PlanHistory({ caseId }: PlanHistoryProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { data } = useQuery(PLAN_VERSIONS_QUERY, { variables: { caseId } });
  const [open, setOpen] = useState<number | null>(null);
  const versions = data?.planVersions ?? [];
  if (versions.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="schakel-plan-history">
      <Heading level={3} id={headingId}>
        {t('plan.history.heading')}
      </Heading>
      <ol className="schakel-plan-history__list">
        {versions.map((version) => {
          const previous =
            version.basedOnNumber ?? (version.number > 1 ? version.number - 1 : null);
          return (
            <li key={version.id}>
              <Paragraph>
                <strong>{t('plan.history.version', { number: version.number })}</strong>
                {': '}
                {version.status === 'ADOPTED' && version.adoptedOn
                  ? t('plan.history.adopted', {
                      date: formatDate(version.adoptedOn, locale),
                      agency: version.adoptedByAgency?.name ?? '',
                    })
                  : t('plan.history.draft')}
                {' — '}
                {t('plan.history.counts', {
                  goals: version.goalCount,
                  actions: version.actionCount,
                })}
              </Paragraph>
              {previous !== null && (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-expanded={open === version.number}
                  onClick={() => setOpen(open === version.number ? null : version.number)}
                >
                  {t('plan.history.showDiff', { number: previous })}
                </Button>
              )}
              {open === version.number && previous !== null && (
                <div aria-live="polite">
                  <Paragraph>
                    {t('plan.history.diffHeading', { from: previous, to: version.number })}
                  </Paragraph>
                  <PlanDiffList caseId={caseId} from={previous} to={version.number} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
