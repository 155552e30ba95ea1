import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { SupervisionConditionFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';

/** One condition in full, as JUSTICE readers see it in the case. */
export function ConditionView({ condition }: { condition: SupervisionConditionFieldsFragment }) {
  const { t, locale } = useI18n();
  const until = condition.endsOn
    ? t('supervision.until', { date: formatDate(condition.endsOn, locale) })
    : t('supervision.untilFurtherNotice');
  return (
    <article className="schakel-flow">
      <Heading level={3}>
        {t(`supervision.kind.${condition.kind}`)}
        {condition.subject ? `: ${condition.subject}` : ''} —{' '}
        {t(`supervision.status.${condition.status}`)}
      </Heading>
      <Paragraph>
        {t('supervision.period', { from: formatDate(condition.startsOn, locale), until })}
        {condition.frequency ? ` · ${condition.frequency}` : ''}
        {condition.alcoholMonitor ? ` · ${t('supervision.monitor')}` : ''}
      </Paragraph>
      <Paragraph>
        <small>
          {t('supervision.legalSource', {
            source: t(`supervision.source.${condition.legalSourceKind}`),
            date: formatDate(condition.legalSourceDate, locale),
            parket: condition.parketNumber,
          })}
          <br />
          {t('supervision.recordedBy', { agency: condition.sourceAgency.name })}
        </small>
      </Paragraph>
      {condition.notes && <Paragraph>{condition.notes}</Paragraph>}
    </article>
  );
}
